// The layers of docs/ARCHITECTURE.md, checked on the sources so they cannot silently erode:
// which folder's files may include which, which library may link which (read from the
// CMakeLists, not from a build), and that SQL text stays in server/store.
//
// Each check compares what it finds with an allowlist of today's known violations. A new
// violation fails, and so does an allowlist entry that no longer occurs: the lists only shrink.
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <initializer_list>

namespace {

const QString kSourceDir = QStringLiteral(SPHAIR_SOURCE_DIR);

// The folders that ship. tests/ may include and link anything; nothing here includes it.
const char *const kProductFolders[] = {
    "app", "client", "core", "licensing", "models", "server", "translations", "ui",
};

// The layer of a path: the longest prefix in this table that the path starts with. The keychain
// part of licensing (licensing/vault/, the only code that talks to QtKeychain) is a layer of
// its own, because the server uses licensing but must never reach the keychain.
const char *const kLayerPrefixes[][2] = {
    {"core/", "core"},
    {"models/domain/", "models/domain"},
    {"models/item/", "models/item"},
    {"licensing/", "licensing"},
    {"licensing/vault/", "licensing/vault"},
    {"client/", "client"},
    {"server/", "server"}, // PlatformServer, Sandbox, the options: the server put together
    {"server/store/", "server/store"},
    {"server/services/", "server/services"},
    {"server/http/", "server/http"},
    {"ui/", "ui"},
    {"translations/", "translations"},
    {"app/", "app"},
    {"tests/", "tests"},
};

// Each layer and the layers it may use besides itself (Qt and system libraries aside).
const char *const kAllowedTable[][2] = {
    {"core", ""},
    {"models/domain", "core"},
    {"models/item", "models/domain core"},
    {"licensing", "models/domain core"},
    {"licensing/vault", "licensing models/domain core"},
    {"client", "models/domain core"},
    {"server/store", "models/domain core"},
    {"server/services", "server/store models/domain licensing core"},
    {"server/http", "server/services server/store models/domain licensing core"},
    {"server", "server/http server/services server/store models/domain licensing core"},
    {"ui", "client licensing licensing/vault models/item models/domain core"},
    {"translations", "core"},
    {"app",
     "ui client server server/http server/services server/store licensing licensing/vault "
     "models/item models/domain translations core"},
};

// An allowlist may become empty, which a plain array could not.
QStringList toList(std::initializer_list<const char *> strings)
{
    QStringList list;
    for (const char *string : strings)
        list.append(QString::fromUtf8(string));
    return list;
}

// Known violations: each entry is one include that breaks the rules today. Remove an entry when
// its include goes; never add one. None are left.
const QStringList kKnownIncludeViolations = toList({});

// SQL text in server files outside server/store ("file: literal"): none left.
const QStringList kKnownSqlOutsideStore = toList({});

// Library links that break the rules ("link A -> B" is a direct link, "reach A -> B" means
// that A ends up linking B through other libraries): none left.
const QStringList kKnownLinkViolations = toList({});

// A table of "name", "space-separated names" rows as a hash.
template<std::size_t N>
QHash<QString, QStringList> table(const char *const (&rows)[N][2])
{
    QHash<QString, QStringList> hash;
    for (const auto &[name, names] : rows)
        hash.insert(QString::fromLatin1(name),
                    QString::fromLatin1(names).split(u' ', Qt::SkipEmptyParts));
    return hash;
}

const QHash<QString, QStringList> &allowed()
{
    static const QHash<QString, QStringList> rules = table(kAllowedTable);
    return rules;
}

QString layerOf(const QString &path)
{
    QString layer;
    qsizetype longest = 0;
    for (const auto &[prefix, name] : kLayerPrefixes) {
        const QLatin1String start(prefix);
        if (path.startsWith(start) && start.size() > longest) {
            longest = start.size();
            layer = QLatin1String(name);
        }
    }
    return layer;
}

bool mayDependOn(const QString &from, const QString &to)
{
    return from == to || allowed().value(from).contains(to);
}

QByteArray readSource(const QString &relativePath)
{
    QFile file(kSourceDir + u'/' + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return file.readAll();
}

// Paths relative to the source folder of every file in the product folders whose name
// matches one of `nameFilters`, sorted.
QStringList productFiles(const QStringList &nameFilters)
{
    QStringList files;
    const QDir root(kSourceDir);
    for (const char *folder : kProductFolders) {
        QDirIterator it(root.filePath(QLatin1String(folder)), nameFilters, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(root.relativeFilePath(it.next()));
    }
    files.sort();
    return files;
}

QStringList cppFiles()
{
    return productFiles({QStringLiteral("*.h"), QStringLiteral("*.cpp")});
}

// The text of every string literal in C++ source, comments skipped.
QStringList stringLiterals(const QByteArray &source)
{
    QStringList literals;
    const qsizetype n = source.size();
    qsizetype i = 0;
    while (i < n) {
        const char c = source[i];
        if (c == '/' && i + 1 < n && source[i + 1] == '/') {
            i = source.indexOf('\n', i);
            if (i < 0)
                break;
        } else if (c == '/' && i + 1 < n && source[i + 1] == '*') {
            i = source.indexOf("*/", i + 2);
            if (i < 0)
                break;
            i += 2;
        } else if (c == '\'') {
            // A character literal such as '"' must not open a string.
            for (++i; i < n && source[i] != '\''; ++i) {
                if (source[i] == '\\')
                    ++i;
            }
            ++i;
        } else if (c == 'R' && i + 1 < n && source[i + 1] == '"') {
            const qsizetype open = source.indexOf('(', i + 2);
            if (open < 0)
                break;
            const QByteArray end = ')' + source.mid(i + 2, open - i - 2) + '"';
            const qsizetype close = source.indexOf(end, open + 1);
            if (close < 0)
                break;
            literals.append(QString::fromUtf8(source.mid(open + 1, close - open - 1)));
            i = close + end.size();
        } else if (c == '"') {
            QByteArray text;
            for (++i; i < n && source[i] != '"'; ++i) {
                if (source[i] == '\\' && i + 1 < n)
                    text.append(source[i++]);
                text.append(source[i]);
            }
            literals.append(QString::fromUtf8(text));
            ++i;
        } else {
            ++i;
        }
    }
    return literals;
}

// One CMake command: its name (lower case) and its arguments, quotes removed.
struct CMakeCommand
{
    QString name;
    QStringList arguments;
};

QList<CMakeCommand> cmakeCommands(const QByteArray &text)
{
    QList<CMakeCommand> commands;
    QByteArray code;
    // Comments first: '#' up to the end of the line, unless inside a quoted argument.
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"')
            quoted = !quoted;
        if (c == '#' && !quoted) {
            while (i < text.size() && text[i] != '\n')
                ++i;
            code.append('\n');
            continue;
        }
        code.append(c);
    }
    static const QRegularExpression start(QStringLiteral("([A-Za-z_][A-Za-z0-9_]*)\\s*\\("));
    static const QRegularExpression argument(QStringLiteral("\"([^\"]*)\"|([^\\s\"]+)"));
    const QString source = QString::fromUtf8(code);
    qsizetype at = 0;
    for (auto match = start.match(source, at); match.hasMatch(); match = start.match(source, at)) {
        qsizetype depth = 1;
        qsizetype end = match.capturedEnd();
        for (; end < source.size() && depth > 0; ++end) {
            if (source[end] == u'(')
                ++depth;
            else if (source[end] == u')')
                --depth;
        }
        const QString body = source.mid(match.capturedEnd(), end - 1 - match.capturedEnd());
        CMakeCommand command {match.captured(1).toLower(), {}};
        for (auto it = argument.globalMatch(body); it.hasNext();) {
            const auto arg = it.next();
            command.arguments.append(arg.hasCaptured(1) ? arg.captured(1) : arg.captured(2));
        }
        commands.append(command);
        at = end;
    }
    return commands;
}

// The libraries and programs the product's CMakeLists define, with what each links directly.
struct LinkGraph
{
    QHash<QString, QString> definedIn; // target -> folder of its CMakeLists
    QHash<QString, QStringList> links; // target -> the libraries it links (any scope)
    QStringList unreadable; // link items this test cannot resolve
};

LinkGraph productLinkGraph()
{
    LinkGraph graph;
    const QStringList files =
        productFiles({QStringLiteral("CMakeLists.txt"), QStringLiteral("*.cmake")});
    for (const QString &file : files) {
        const QString folder = file.section(u'/', 0, -2);
        for (const CMakeCommand &command : cmakeCommands(readSource(file))) {
            const QStringList &args = command.arguments;
            if (args.isEmpty())
                continue;
            QStringList items;
            if (command.name == QLatin1String("add_library")
                || command.name == QLatin1String("add_executable")
                || command.name == QLatin1String("qt_add_executable")
                || command.name == QLatin1String("qt_add_library")) {
                graph.definedIn.insert(args.first(), folder);
                if (args.value(1) == QLatin1String("ALIAS"))
                    items = args.mid(2);
            } else if (command.name == QLatin1String("sphair_add_library")) {
                graph.definedIn.insert(args.first(), folder);
                bool inLibs = false;
                for (const QString &arg : args.mid(1)) {
                    if (arg == QLatin1String("SOURCES") || arg == QLatin1String("PUBLIC_LIBS")
                        || arg == QLatin1String("PRIVATE_LIBS"))
                        inLibs = arg != QLatin1String("SOURCES");
                    else if (inLibs)
                        items.append(arg);
                }
            } else if (command.name == QLatin1String("target_link_libraries")) {
                for (const QString &arg : args.mid(1)) {
                    if (arg != QLatin1String("PUBLIC") && arg != QLatin1String("PRIVATE")
                        && arg != QLatin1String("INTERFACE"))
                        items.append(arg);
                }
            } else {
                continue;
            }
            for (const QString &item : std::as_const(items)) {
                // A variable or generator expression would hide an edge from this test.
                if (item.contains(u'$'))
                    graph.unreadable.append(file + QStringLiteral(": ") + item);
                else
                    graph.links[args.first()].append(item);
            }
        }
    }
    return graph;
}

// Imported libraries the product links, with the imported libraries they bring along (read
// from their CMake packages). A library missing here fails the test, so no edge goes unseen.
const char *const kExternalLinkTable[][2] = {
    {"Qt6::Core", ""},
    {"Qt6::DBus", "Qt6::Core"},
    {"Qt6::Network", "Qt6::Core"},
    {"Qt6::Gui", "Qt6::Core"},
    {"Qt6::Widgets", "Qt6::Gui"},
    {"Qt6::Charts", "Qt6::Widgets Qt6::Gui"},
    {"Qt6Keychain::Qt6Keychain", "Qt6::Core Qt6::DBus"},
    {"PkgConfig::SODIUM", ""},
    {"PkgConfig::HTTPLIB", ""},
    {"PkgConfig::LIBPQ", ""},
    {"PkgConfig::SQLITE3", ""},
    {"PkgConfig::LIBPNG", ""},
    {"PkgConfig::LIBJPEG", ""},
    {"OpenSSL::SSL", "OpenSSL::Crypto"},
    {"OpenSSL::Crypto", ""},
};

// Targets whose layer their folder does not tell (models/ holds two layers).
const char *const kTargetLayerTable[][2] = {
    {"sphair_models", "models/domain"},
    {"sphair_item_models", "models/item"},
};

// What must never end up in a program or library, whichever way it is linked: a target (or
// every target of a layer and the layers below its folder) and what it must not reach.
const char *const kForbiddenReachTable[][2] = {
    // The server runs headless, on hosts without a desktop session or a keychain.
    {"server", "Qt6::Gui Qt6::Widgets Qt6Keychain::Qt6Keychain Qt6::DBus"},
    {"sphair-platformd", "Qt6::Gui Qt6::Widgets Qt6Keychain::Qt6Keychain Qt6::DBus"},
    // The client carries licenses as opaque bytes.
    {"sphair_client", "sphair_licensing"},
};

QString targetLayer(const LinkGraph &graph, const QString &target)
{
    static const QHash<QString, QStringList> explicitLayers = table(kTargetLayerTable);
    if (explicitLayers.contains(target))
        return explicitLayers.value(target).value(0);
    return layerOf(graph.definedIn.value(target) + u'/');
}

const QHash<QString, QStringList> &externalLinks()
{
    static const QHash<QString, QStringList> links = table(kExternalLinkTable);
    return links;
}

QSet<QString> reachable(const LinkGraph &graph, const QString &target)
{
    QSet<QString> seen;
    QStringList todo {target};
    while (!todo.isEmpty()) {
        const QString next = todo.takeLast();
        const QStringList direct =
            graph.links.contains(next) ? graph.links.value(next) : externalLinks().value(next);
        for (const QString &dependency : direct) {
            if (!seen.contains(dependency)) {
                seen.insert(dependency);
                todo.append(dependency);
            }
        }
    }
    return seen;
}

// Fails with both directions of the difference, so the message says what to do.
void compareWithAllowlist(QStringList found, QStringList known, const char *what)
{
    found.sort();
    known.sort();
    QStringList added;
    std::set_difference(found.cbegin(), found.cend(), known.cbegin(), known.cend(),
                        std::back_inserter(added));
    QStringList gone;
    std::set_difference(known.cbegin(), known.cend(), found.cbegin(), found.cend(),
                        std::back_inserter(gone));
    // QTest cuts long failure messages short, so the lists go to the log line by line.
    if (!added.isEmpty()) {
        qWarning().noquote() << "New" << what << "(docs/ARCHITECTURE.md has the layers):";
        for (const QString &entry : std::as_const(added))
            qWarning().noquote() << "  " << entry;
    }
    if (!gone.isEmpty()) {
        qWarning().noquote() << "Fixed" << what << "- remove them from the allowlist in" << __FILE__
                             << ":";
        for (const QString &entry : std::as_const(gone))
            qWarning().noquote() << "  " << entry;
    }
    QVERIFY2(added.isEmpty() && gone.isEmpty(),
             qPrintable(QStringLiteral("%1 new and %2 fixed %3, listed above")
                            .arg(added.size())
                            .arg(gone.size())
                            .arg(QLatin1String(what))));
}

} // namespace

class TestLayering : public QObject
{
    Q_OBJECT

private slots:
    void everyProductFileHasALayer()
    {
        const QStringList files = cppFiles();
        // Guards against a wrong SPHAIR_SOURCE_DIR, which would make every check pass.
        QVERIFY2(files.size() > 100, qPrintable(kSourceDir));
        QStringList withoutLayer;
        for (const QString &file : files) {
            if (!allowed().contains(layerOf(file)))
                withoutLayer.append(file);
        }
        QVERIFY2(withoutLayer.isEmpty(),
                 qPrintable(QStringLiteral("Give these files a layer in kLayerPrefixes: ")
                            + withoutLayer.join(QStringLiteral(", "))));
    }

    void includesPointDown()
    {
        static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*\"([^\"]+)\""),
                                                QRegularExpression::MultilineOption);
        QStringList violations;
        int checked = 0;
        for (const QString &file : cppFiles()) {
            const QString from = layerOf(file);
            const QString source = QString::fromUtf8(readSource(file));
            for (auto it = include.globalMatch(source); it.hasNext();) {
                const QString included = it.next().captured(1);
                // Generated files ("Foo.moc") and same-folder names have no folder of their own.
                const QString to = layerOf(included);
                if (to.isEmpty())
                    continue;
                ++checked;
                if (!mayDependOn(from, to))
                    violations.append(file + QStringLiteral(" -> ") + included);
            }
        }
        QVERIFY(checked > 100);
        compareWithAllowlist(violations, kKnownIncludeViolations, "includes against the layers");
    }

    void noSqlOutsideTheStore()
    {
        static const QRegularExpression sql(QStringLiteral(
            "\\b(SELECT|INSERT INTO|DELETE FROM|CREATE TABLE)\\b|\\bUPDATE\\s+\\w+\\s+SET\\b"));
        QStringList violations;
        for (const QString &file : cppFiles()) {
            if (!file.startsWith(u"server/") || layerOf(file) == QLatin1String("server/store"))
                continue;
            for (const QString &literal : stringLiterals(readSource(file))) {
                if (sql.match(literal).hasMatch())
                    violations.append(file + QStringLiteral(": ") + literal.simplified());
            }
        }
        compareWithAllowlist(violations, kKnownSqlOutsideStore, "SQL text outside server/store");
    }

    // Routes parse, call one service and answer: a transaction, and with it the order of the
    // reads and writes of a change, is the services' business.
    void noTransactionsInRoutes()
    {
        static const QRegularExpression transaction(
            QStringLiteral("(->|\\.)\\s*(transaction|fetch<[^(]*>)\\s*\\("));
        QStringList violations;
        int checked = 0;
        for (const QString &file : cppFiles()) {
            if (layerOf(file) != QLatin1String("server/http"))
                continue;
            ++checked;
            const QString source = QString::fromUtf8(readSource(file));
            auto matches = transaction.globalMatch(source);
            while (matches.hasNext())
                violations.append(file + QStringLiteral(": ") + matches.next().captured(2));
        }
        QVERIFY(checked > 20);
        QCOMPARE(violations, QStringList());
    }

    // The scanner itself: comments and character literals do not count, raw strings do.
    void sqlScannerReadsLiterals()
    {
        const QByteArray source =
            "// \"SELECT 1\"\n/* \"DELETE FROM x\" */ char q = '\"';\n"
            "auto a = \"UPDATE t SET a = 1\"; auto b = R\"x(CREATE TABLE t)x\";\n"
            "auto c = \"say \\\"hi\\\"\";";
        QCOMPARE(stringLiterals(source),
                 QStringList({QStringLiteral("UPDATE t SET a = 1"),
                              QStringLiteral("CREATE TABLE t"), QStringLiteral("say \\\"hi\\\"")}));
    }

    void libraryLinksPointDown()
    {
        const LinkGraph graph = productLinkGraph();
        QVERIFY2(graph.unreadable.isEmpty(),
                 qPrintable(QStringLiteral("Link lists this test cannot read; name the libraries "
                                           "directly: ")
                            + graph.unreadable.join(QStringLiteral(", "))));
        QVERIFY(graph.definedIn.size() >= 8);

        QStringList violations;
        QStringList unknown;
        for (auto it = graph.links.cbegin(); it != graph.links.cend(); ++it) {
            const QString &target = it.key();
            const QString from = targetLayer(graph, target);
            QVERIFY2(
                allowed().contains(from),
                qPrintable(
                    QStringLiteral("Give target %1 a layer in kTargetLayerTable").arg(target)));
            for (const QString &dependency : it.value()) {
                if (graph.definedIn.contains(dependency)) {
                    if (!mayDependOn(from, targetLayer(graph, dependency)))
                        violations.append(QStringLiteral("link %1 -> %2").arg(target, dependency));
                } else if (!externalLinks().contains(dependency)) {
                    unknown.append(dependency);
                }
            }
        }
        QVERIFY2(
            unknown.isEmpty(),
            qPrintable(QStringLiteral("Add these libraries to kExternalLinkTable, with what they "
                                      "link: ")
                       + unknown.join(QStringLiteral(", "))));

        const QHash<QString, QStringList> forbiddenReach = table(kForbiddenReachTable);
        for (auto it = graph.definedIn.cbegin(); it != graph.definedIn.cend(); ++it) {
            const QString &target = it.key();
            const QSet<QString> reached = reachable(graph, target);
            const QString layer = targetLayer(graph, target);
            for (auto rule = forbiddenReach.cbegin(); rule != forbiddenReach.cend(); ++rule) {
                const QString &who = rule.key();
                if (target != who && layer != who && !layer.startsWith(who + u'/'))
                    continue;
                for (const QString &forbidden : rule.value()) {
                    if (reached.contains(forbidden))
                        violations.append(QStringLiteral("reach %1 -> %2").arg(target, forbidden));
                }
            }
        }
        compareWithAllowlist(violations, kKnownLinkViolations, "library links against the layers");
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
