// A stand-in for the agent's engine: only its version resource matters (cbengine.rc), read by the Wine tests.
int main()
{
    return 0;
}
