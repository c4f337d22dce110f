// A program linked against probe_core.dll, with a plugin beside it that it never links (like platforms/qwindows.dll).
extern "C" __declspec(dllimport) unsigned probeDpi();

int main()
{
    return static_cast<int>(probeDpi());
}
