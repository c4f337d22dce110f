#include "InstallFolderCheck.h"

#include "../PlatformText.h"
#include "../platform/FolderInspection.h"

namespace mars {

using namespace platform;

namespace {
// Compression and encryption pass from a folder to the folders created in it; System and Hidden do not.
constexpr FolderAttributes kInherited = AttrCompressed | AttrEncrypted;

QString attributeReason(FolderAttribute attribute)
{
    switch (attribute) {
    case AttrSystem: return InstallFolderCheck::tr("marked as a System folder");
    case AttrHidden: return InstallFolderCheck::tr("Hidden");
    case AttrCompressed: return InstallFolderCheck::tr("Compressed (NTFS compression)");
    case AttrEncrypted: return InstallFolderCheck::tr("Encrypted (EFS)");
    }
    return {};
}
}  // namespace

InstallFolderCheck::InstallFolderCheck(std::shared_ptr<Platform> platform) : m_platform(std::move(platform)) {}

QString InstallFolderCheck::attributeNames(FolderAttributes attributes)
{
    QStringList names;
    if (attributes & AttrSystem)
        names << tr("System");
    if (attributes & AttrHidden)
        names << tr("Hidden");
    if (attributes & AttrCompressed)
        names << tr("Compressed");
    if (attributes & AttrEncrypted)
        names << tr("Encrypted");
    if (names.size() < 2)
        return names.value(0);
    const QString last = names.takeLast();
    //: "System, Hidden and Compressed": the list of attributes, last one joined with "and"
    return tr("%1 and %2").arg(names.join(tr(", ")), last);
}

CheckResult InstallFolderCheck::run(const CheckContext& context) const
{
    CheckResult result;
    std::filesystem::path folder = toPath(context.installFolder);
    if (context.installFolder.trimmed().isEmpty()) {
        const InstallLocation location = m_platform->agentInstallLocation();
        folder = location.folder;
        result.evidence << (location.fromAgentRegistration ? tr("The agent is installed in %1 (from its setup record).")
                                                            : tr("The agent is not installed yet; checking its default folder %1."))
                               .arg(pathText(folder));
    }
    const FolderInspection inspection = inspectFolder(*m_platform, folder);
    const QString inspected = pathText(inspection.inspected);
    if (inspection.read.state == AttributeRead::State::Failed)
        return CheckResult::error(tr("Could not read the attributes of %1.").arg(inspected),
                                  result.evidence << QString::fromStdString(inspection.read.error));
    if (!inspection.read.isDirectory) {
        result.status = Status::Fail;
        result.summary = tr("%1 is a file, not a folder.").arg(inspected);
        result.evidence << tr("Choose a folder for the agent, or remove this file.");
        return result;
    }

    FolderAttributes blocking = inspection.read.attributes;
    if (inspection.requestedExists) {
        result.evidence << tr("Folder checked: %1").arg(inspected);
    } else {
        result.evidence << tr("%1 does not exist yet: setup will create it inside %2, which was checked instead, because a "
                              "new folder inherits its compression and encryption.")
                               .arg(pathText(inspection.requested), inspected);
        const FolderAttributes notInherited = blocking & ~kInherited;
        if (notInherited)
            result.evidence << tr("%1 is %2; a new folder does not inherit that, so it does not block setup.")
                                   .arg(inspected, attributeNames(notInherited));
        blocking &= kInherited;
    }
    result.evidence << tr("Attributes found: %1").arg(blocking ? attributeNames(blocking) : tr("none of System, Hidden, Compressed, Encrypted"));

    if (!blocking) {
        result.status = Status::Pass;
        result.summary = tr("The installation folder is not System, Hidden, Compressed or Encrypted.");
        return result;
    }
    for (FolderAttribute attribute : {AttrSystem, AttrHidden, AttrCompressed, AttrEncrypted}) {
        if (blocking & attribute)
            result.evidence << tr("%1 is %2: the agent's setup does not support that and fails (error 4024, changes rolled back).")
                                   .arg(inspected, attributeReason(attribute));
    }
    result.status = Status::Fail;
    result.summary = tr("The installation folder is %1.").arg(attributeNames(blocking));
    const bool needsElevation = !m_platform->canChangeAttributes(inspection.inspected);
    result.fixes << std::make_shared<ClearFolderAttributesFix>(m_platform, inspection.inspected, blocking, needsElevation);
    return result;
}

ClearFolderAttributesFix::ClearFolderAttributesFix(std::shared_ptr<Platform> platform, std::filesystem::path folder,
                                                   FolderAttributes attributes, bool needsElevation)
    : m_platform(std::move(platform)), m_folder(std::move(folder)), m_attributes(attributes), m_needsElevation(needsElevation)
{
}

QString ClearFolderAttributesFix::plan() const
{
    QStringList steps;
    const QString folder = pathText(m_folder);
    if (m_attributes & (AttrSystem | AttrHidden))
        steps << tr("Clear the %1 attribute of %2.").arg(InstallFolderCheck::attributeNames(m_attributes & (AttrSystem | AttrHidden)), folder);
    if (m_attributes & AttrCompressed)
        steps << tr("Turn off compression on %1: files created in it from now on are stored uncompressed.").arg(folder);
    if (m_attributes & AttrEncrypted)
        steps << tr("Turn off encryption on %1: files created in it from now on are stored unencrypted.").arg(folder);
    steps << tr("Nothing else is changed, and the check runs again afterwards.");
    return steps.join(QLatin1Char('\n'));
}

FixOutcome ClearFolderAttributesFix::apply(const CheckContext&, FixProgress&) const
{
    return toOutcome(m_platform->clearAttributes(m_folder, m_attributes));
}

}  // namespace mars
