#include "InstallFolderCheck.h"

#include "../Catalog.h"
#include "../PlatformText.h"
#include "../platform/FolderInspection.h"

namespace mars {

std::span<const FindingSpec> InstallFolderCheck::findings()
{
    using A = Article;
    static constexpr FindingSpec table[] = {
        {Code::Clear, "MSD-FLD-001", kPass, "The installation folder is not System, Hidden, Compressed or Encrypted.", A::Install},
        {Code::IsFile, "MSD-FLD-002", kFail, "The installation folder's path is a file, not a folder.", A::Install},
        {Code::BadAttributes, "MSD-FLD-003", kFail, "The installation folder is System, Hidden, Compressed or Encrypted: setup fails (error 4024).", A::Install},
        {Code::AttributesUnreadable, "MSD-FLD-004", kError, "The installation folder's attributes could not be read.", A::Install},
    };
    static_assert(coversEachCodeInOrder<Code>(table));
    return table;
}

using namespace platform;

namespace {
// Compression and encryption pass from a folder to the folders created in it; System and Hidden do not.
constexpr FolderAttributes kInherited = AttrCompressed | AttrEncrypted;

Message attributeReason(FolderAttribute attribute)
{
    switch (attribute) {
    case AttrSystem: return InstallFolderCheck::msg("marked as a System folder");
    case AttrHidden: return InstallFolderCheck::msg("Hidden");
    case AttrCompressed: return InstallFolderCheck::msg("Compressed (NTFS compression)");
    case AttrEncrypted: return InstallFolderCheck::msg("Encrypted (EFS)");
    }
    return {};
}
}  // namespace

InstallFolderCheck::InstallFolderCheck(std::shared_ptr<Platform> platform) : m_platform(std::move(platform)) {}

Message InstallFolderCheck::attributeNames(FolderAttributes attributes)
{
    Messages names;
    if (attributes & AttrSystem)
        names << msg("System");
    if (attributes & AttrHidden)
        names << msg("Hidden");
    if (attributes & AttrCompressed)
        names << msg("Compressed");
    if (attributes & AttrEncrypted)
        names << msg("Encrypted");
    if (names.isEmpty())
        return {};
    Message list = names.takeFirst();
    while (names.size() > 1)
        list = msg("%1, %2").arg(list, names.takeFirst());  // "System, Hidden"
    if (!names.isEmpty())
        //: "System, Hidden and Compressed": the list of attributes, last one joined with "and"
        list = msg("%1 and %2").arg(list, names.takeFirst());
    return list;
}

InstallFolderCheck::Verdict InstallFolderCheck::judge(const CheckContext& context) const
{
    Verdict result;
    std::filesystem::path folder = toPath(context.inputs.installFolder);
    if (context.inputs.installFolder.isEmpty()) {
        const InstallLocation location = m_platform->agent().agentInstallLocation();
        folder = location.folder;
        result.evidence << (location.fromAgentRegistration ? msg("The agent is installed in %1 (from its setup record).")
                                                            : msg("The agent is not installed yet; checking its default folder %1."))
                               .argPath(folder);
    }
    const FolderInspection inspection = inspectFolder(*m_platform, folder);
    const QString inspected = pathText(inspection.inspected);
    result.facts = {{QStringLiteral("folder"), inspected}, {QStringLiteral("exists"), inspection.requestedExists}};
    if (inspection.read.state == AttributeRead::State::Failed)
        return Verdict::error(Code::AttributesUnreadable, msg("Could not read the attributes of %1.").arg(inspected),
                                  result.evidence << platformText(inspection.read.error));
    if (!inspection.read.isDirectory) {
        result.status = Status::Fail;
        result.code = Code::IsFile;
        result.summary = msg("%1 is a file, not a folder.").arg(inspected);
        result.evidence << msg("Choose a folder for the agent, or remove this file.");
        return result;
    }

    FolderAttributes blocking = inspection.read.attributes;
    if (!inspection.inspected.has_relative_path() && (blocking & (AttrSystem | AttrHidden))) {
        // A volume's root (D:\) always carries System and Hidden; setup installs into it all the same, and clearing
        // them there is nobody's business.
        result.evidence << msg("%1 is the root of a drive, which always carries System and Hidden; they do not block setup there.")
                               .arg(inspected);
        blocking &= ~(AttrSystem | AttrHidden);
    }
    if (inspection.requestedExists) {
        result.evidence << msg("Folder checked: %1").arg(inspected);
    } else {
        result.evidence << msg("%1 does not exist yet: setup will create it inside %2, which was checked instead, because a "
                              "new folder inherits its compression and encryption.")
                               .arg(pathText(inspection.requested), inspected);
        const FolderAttributes notInherited = blocking & ~kInherited;
        if (notInherited)
            result.evidence << msg("%1 is %2; a new folder does not inherit that, so it does not block setup.")
                                   .arg(inspected, attributeNames(notInherited));
        blocking &= kInherited;
    }
    result.evidence << msg("Attributes found: %1").arg(blocking ? attributeNames(blocking) : msg("none of System, Hidden, Compressed, Encrypted"));
    result.facts.insert(QStringLiteral("blockingAttributes"), int(blocking));

    if (!blocking) {
        result.status = Status::Pass;
        result.code = Code::Clear;
        result.summary = msg("The installation folder is not System, Hidden, Compressed or Encrypted.");
        return result;
    }
    for (FolderAttribute attribute : {AttrSystem, AttrHidden, AttrCompressed, AttrEncrypted}) {
        if (blocking & attribute)
            result.evidence << msg("%1 is %2: the agent's setup does not support that and fails (error 4024, changes rolled back).")
                                   .arg(inspected, attributeReason(attribute));
    }
    result.status = Status::Fail;
    result.code = Code::BadAttributes;
    result.summary = msg("The installation folder is %1.").arg(attributeNames(blocking));
    const bool canChangeNow = m_platform->folders().canChangeAttributes(inspection.inspected);
    result.fixes << std::make_shared<ClearFolderAttributesFix>(m_platform, inspection.inspected, blocking, canChangeNow);
    return result;
}

ClearFolderAttributesFix::ClearFolderAttributesFix(std::shared_ptr<Platform> platform, std::filesystem::path folder,
                                                   FolderAttributes attributes, bool canChangeNow)
    : Fix(fixes::clearFolderAttributes), m_platform(std::move(platform)), m_folder(std::move(folder)), m_attributes(attributes),
      m_canChangeNow(canChangeNow)
{
}

Message ClearFolderAttributesFix::plan() const
{
    Messages steps;
    const QString folder = pathText(m_folder);
    if (m_attributes & (AttrSystem | AttrHidden))
        steps << msg("Clear the %1 attribute of %2.").arg(InstallFolderCheck::attributeNames(m_attributes & (AttrSystem | AttrHidden)), folder);
    if (m_attributes & AttrCompressed)
        steps << msg("Turn off compression on %1: files created in it from now on are stored uncompressed.").arg(folder);
    if (m_attributes & AttrEncrypted)
        steps << msg("Turn off encryption on %1: files created in it from now on are stored unencrypted.").arg(folder);
    steps << msg("Nothing else is changed, and the check runs again afterwards.");
    return Message::joined(steps, QStringLiteral("\n"));
}

FixOutcome ClearFolderAttributesFix::apply(const CheckContext&, FixProgress&) const
{
    return toOutcome(m_platform->folders().clearAttributes(m_folder, m_attributes));
}

}  // namespace mars
