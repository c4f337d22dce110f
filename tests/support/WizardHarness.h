#pragma once
#include "AnsweringPrompter.h"
#include "FakePlatform.h"
#include "FakeNameResolver.h"
#include "FakeVaultEnvironment.h"
#include "LoopbackHttpServer.h"
#include "LoopbackSntpServer.h"
#include "Probes.h"
#include "app/StartupOptions.h"
#include "checks/Catalog.h"
#include "wizard/CheckRow.h"
#include "wizard/MainWizard.h"
#include "wizard/StatusIcon.h"

#include <QAbstractButton>
#include <QLabel>
#include <QTreeWidget>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTest>
#include <catch2/catch.hpp>

#include <functional>

namespace mars::test {

// The real wizard over a fake platform and loopback servers (a time server, an NCSI endpoint): no real network, no
// real system changes. A page runs its checks when shown; waitSettled() waits for them.
struct Harness {
    test::LoopbackSntpServer sntp;  // a loopback time server; tests choose how far off this computer looks
    test::LoopbackHttpServer ncsi{[](const std::string&) { return test::LoopbackHttpServer::reply(200, "OK", "Microsoft NCSI"); }};
    test::LoopbackHttpServer date;  // an HTTP Date as far off as the time server: the two kinds of source agree
    std::shared_ptr<test::FakePlatform> fake = std::make_shared<test::FakePlatform>();
    std::shared_ptr<test::FakeVaultEnvironment> vaultEnvironment = std::make_shared<test::FakeVaultEnvironment>();
    test::AnsweringPrompter prompter;
    std::shared_ptr<PassphraseStore> passphrases = std::make_shared<PassphraseStore>();
    std::shared_ptr<test::FakeNameResolver> names = std::make_shared<test::FakeNameResolver>();  // asked only with private endpoints
    CheckSession session;
    std::unique_ptr<MainWizard> wizard;

    // systemProbe: the program the endpoint check runs as LocalSystem (through fake->systemRunner); none: not tried.
    // prepare: changes the fake and the run's context before the window is made (the Welcome page reads the agent's
    // records as it opens).
    explicit Harness(double clockOffset = 0.0, std::optional<platform::ProbeProgram> systemProbe = std::nullopt,
                     const std::function<void(FakePlatform&, CheckContext&)>& prepare = {})
        : sntp(clockOffset), date(test::LoopbackHttpServer::dateAhead(clockOffset))
    {
        fake->installFolder = "/programs/agent";
        fake->onDisk["/"] = {};
        fake->onDisk["/programs"] = {};
        fake->onDisk["/programs/agent"] = {true, platform::AttrHidden | platform::AttrCompressed};
        fake->admin = {true, true, true, platform::ElevationType::Full, "CONTOSO\\helpdesk", ""};
        fake->tmp["C:/Windows/Temp"].ok = true;
        // An installed agent not registered yet, its cache folder healthy: a local NTFS disk with 200 GiB free.
        const std::filesystem::path scratch = "C:/Program Files/Microsoft Azure Recovery Services Agent/Scratch";
        fake->registration = {true, false, scratch, scratch};
        platform::FolderStorage& cache = fake->storage[scratch];
        cache.state = platform::AttributeRead::State::Found;
        cache.isDirectory = true;
        cache.volumeRoot = "C:/";
        cache.kind = platform::VolumeKind::Fixed;
        cache.volumeRead = cache.spaceRead = true;
        cache.fileSystem = "NTFS";
        cache.freeBytes = std::uint64_t(200) << 30;
        cache.totalBytes = std::uint64_t(500) << 30;
        // Microsoft Defender excludes the agent's folders (the install folder covers Bin) and its engine.
        fake->defender.local = {{"/programs/agent", scratch.string()}, {"cbengine.exe"}};
        addAllChecks(session, {fake, passphrases, nullptr, vaultEnvironment, std::move(systemProbe), names});
        // As the program makes it, then no real network: the loopback time server and NCSI endpoint only.
        CheckContext context = contextFromOptions(StartupOptions{}, *fake, QStringLiteral("en"));
        context.inputs.network.timeServers = {sntp.address()};
        context.inputs.network.dateUrls = {QString::fromStdString(date.url())};
        context.inputs.network.stageTimeoutMs = 1000;
        context.inputs.network.probes = {test::ncsiProbe(ncsi.url("/ncsi.txt"))};
        if (prepare)
            prepare(*fake, context);
        session.setContext(context);
        wizard = std::make_unique<MainWizard>(MainWizard::Services{&session, fake, &prompter, passphrases});
        wizard->resize(820, 640);
        wizard->show();
        REQUIRE(QTest::qWaitForWindowExposed(wizard.get()));
    }

    CheckRow* row(const QString& checkId) { return wizard->findChild<CheckRow*>(QStringLiteral("checkRow_") + checkId); }
    Status shownStatus(const QString& checkId) { return row(checkId)->findChild<StatusIcon*>()->status(); }
    // The finding code the Summary shows on a check's row (null when the row or its code is missing): the table's
    // widget of now, never one its last refresh replaced and has not deleted yet.
    QLabel* summaryCode(const QString& checkId)
    {
        auto* table = wizard->findChild<QTreeWidget*>(QStringLiteral("summaryTable"));
        for (int s = 0; table && s < table->topLevelItemCount(); ++s)
            for (int r = 0; r < table->topLevelItem(s)->childCount(); ++r)
                if (QTreeWidgetItem* item = table->topLevelItem(s)->child(r); item->data(0, Qt::UserRole).toString() == checkId)
                    return qobject_cast<QLabel*>(table->itemWidget(item, 2));
        return nullptr;
    }
    bool waitSettled()
    {
        return QTest::qWaitFor([this] { return !session.isBusy(); }, 5000);
    }
    void next() { QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton); }

    // A row as a helpdesk shows it on a screenshot: "Why we think so" open, scrolled into view.
    static void openRow(CheckRow* row)
    {
        row->setDetailsVisible(true);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
        for (QWidget* parent = row->parentWidget(); parent; parent = parent->parentWidget())
            if (auto* area = qobject_cast<QScrollArea*>(parent)) {
                area->ensureWidgetVisible(row, 0, 0);
                break;
            }
    }
};

// Save report and Save screenshot write on a worker thread: these wait for what they say they wrote.
inline QStringList savedReport(MainWizard& wizard, const QString& language = {})
{
    QSignalSpy saved(&wizard, &MainWizard::reportSaved);
    if (!wizard.saveReport(language) || !saved.wait(10000))
        return {};
    return saved.at(0).at(0).toStringList();
}

inline QString savedScreenshot(MainWizard& wizard)
{
    QSignalSpy saved(&wizard, &MainWizard::screenshotSaved);
    if (!wizard.saveScreenshot() || !saved.wait(10000))
        return {};
    return saved.at(0).at(0).toString();
}

}  // namespace mars::test
