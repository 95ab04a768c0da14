// Checks that the application icon is a self-contained SVG that Qt parses and renders as designed.
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

QStringList g_svgWarnings;

// Qt SVG reports unsupported or broken content as warnings in the qt.svg category, not as errors.
void collectSvgWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg && qstrcmp(context.category, "qt.svg") == 0)
        g_svgWarnings.append(message);
}

QImage render(int size)
{
    QSvgRenderer renderer(QStringLiteral(LEVER_ICON_SVG));
    QImage image(size, size, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    return image;
}

} // namespace

class TestIconRenders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesWithoutWarnings()
    {
        g_svgWarnings.clear();
        const QtMessageHandler previous = qInstallMessageHandler(collectSvgWarnings);
        QSvgRenderer renderer(QStringLiteral(LEVER_ICON_SVG));
        qInstallMessageHandler(previous);
        QVERIFY(renderer.isValid());
        QVERIFY2(g_svgWarnings.isEmpty(), qPrintable(g_svgWarnings.join(u'\n')));
        QVERIFY(!renderer.animated());
    }

    void hasSquare128ViewBox()
    {
        QSvgRenderer renderer(QStringLiteral(LEVER_ICON_SVG));
        QCOMPARE(renderer.viewBox(), QRect(0, 0, 128, 128));
        QCOMPARE(renderer.defaultSize(), QSize(128, 128));
    }

    // Icon themes and app stores load the file on its own: no external files, fonts or scripts.
    void isSelfContainedWithoutText()
    {
        QFile file(QStringLiteral(LEVER_ICON_SVG));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int elements = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            ++elements;
            const QString name = xml.name().toString();
            QVERIFY2(!QStringList({u"text"_s, u"image"_s, u"script"_s, u"foreignObject"_s, u"style"_s})
                          .contains(name),
                     qPrintable(u"forbidden element <%1>"_s.arg(name)));
            for (const QXmlStreamAttribute &attribute : xml.attributes()) {
                const QString value = attribute.value().toString();
                if (attribute.name() == u"href")
                    QVERIFY2(value.startsWith(u'#'), qPrintable(value));
                const qsizetype url = value.indexOf(u"url(");
                if (url >= 0)
                    QVERIFY2(value.mid(url + 4).startsWith(u'#'), qPrintable(value));
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(elements > 10);
    }

    // The design: a rounded teal tile with transparent corners, white cards, and an amber dragged card.
    void rendersTheDesign_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("128") << 128;
        QTest::newRow("512") << 512;
    }

    void rendersTheDesign()
    {
        QFETCH(int, size);
        const QImage image = render(size);
        const auto at = [&](double x, double y) {
            return image.pixelColor(int(x * size / 128), int(y * size / 128));
        };

        QCOMPARE(at(1, 1).alpha(), 0); // outside the rounded corner
        QCOMPARE(at(126, 2).alpha(), 0);

        const QColor tile = at(12, 64); // tile margin, left of the first column
        QCOMPARE(tile.alpha(), 255);
        QVERIFY2(tile.green() > tile.red() + 60 && tile.blue() > tile.red() + 60, qPrintable(tile.name()));

        const QColor card = at(41, 38); // first card of the first column, right of its name line
        QCOMPARE(card, QColor(Qt::white));

        const QColor dragged = at(86, 80); // the amber card being dragged
        QVERIFY2(dragged.red() > 230 && dragged.green() > 140 && dragged.blue() < 90,
                 qPrintable(dragged.name()));
    }
};

QTEST_MAIN(TestIconRenders)
#include "tst_icon_renders.moc"
