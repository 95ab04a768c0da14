#include "CardDelegate.h"

#include "CardContent.h"
#include "CardPixmapCache.h"
#include "CardStamps.h"
#include "common/OriginNames.h"

#include <QPainter>
#include <QPainterPath>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace lever::ui {

namespace {
constexpr int kMargin = 4;  // around the card, inside the row
constexpr int kPadding = 8; // inside the card
constexpr int kLines = 5;   // text lines besides the chips row
constexpr int kCardWidth = 248;

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

CardDelegate::CardDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QSize CardDelegate::cardSize(const QFont &font)
{
    const QFontMetrics fm(font);
    const int line = fm.lineSpacing();
    const int chips = line + 4;
    return {kCardWidth, 2 * kMargin + 2 * kPadding + kLines * line + chips + 6};
}

QColor CardDelegate::badgeColor(const QString &ownerId)
{
    if (ownerId.isEmpty())
        return QColor(0x80, 0x80, 0x80);
    const int hue = int(qHash(ownerId) % 360);
    return QColor::fromHsl(hue, 140, 90);
}

const CardDelegate::Fonts &CardDelegate::fontsFor(const QFont &font) const
{
    // Every card of a paint uses the same fonts: build them once, not per card.
    if (!m_fonts || m_fonts->base != font) {
        QFont bold = font;
        bold.setBold(true);
        QFont small = font;
        small.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.88 : 8.5);
        m_fonts.emplace(Fonts{font, bold, small, QFontMetrics(font), QFontMetrics(bold), QFontMetrics(small),
                              font.key()});
    }
    return *m_fonts;
}

QSize CardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return cardSize(option.font);
}

std::optional<CardPixmapCache::Key> CardDelegate::keyFor(const QStyleOptionViewItem &option,
                                                         const CardContent &card, qreal ratio, int dpi) const
{
    // A picture is blitted 1:1: only for whole device pixels over a solid backdrop.
    const QColor backdrop = option.widget ? CardPixmapCache::backdropOf(option.widget) : QColor();
    if (!backdrop.isValid() || ratio != qRound(ratio))
        return std::nullopt;
    const QPalette &pal = option.palette;
    return CardPixmapCache::Key{
        card,
        {pal.color(QPalette::Base).rgba(), pal.color(QPalette::Highlight).rgba(),
         pal.color(QPalette::Text).rgba(), backdrop.rgba(), option.rect.size(), qRound(ratio),
         int(option.state & (QStyle::State_Selected | QStyle::State_HasFocus | QStyle::State_MouseOver)), dpi,
         fontsFor(option.font).key}};
}

QPixmap CardDelegate::render(const QStyleOptionViewItem &option, const CardPixmapCache::Key &key) const
{
    QPixmap pixmap(key.look.size * key.look.pixelRatio);
    // Points become pixels by the device's logical DPI: a picture has the primary screen's, which a
    // window on another screen may not share.
    if (pixmap.logicalDpiY() != key.look.dpi)
        return {};
    pixmap.setDevicePixelRatio(key.look.pixelRatio);
    const QColor backdrop = QColor::fromRgba(key.look.backdrop);
    pixmap.fill(backdrop);
    QPainter painter(&pixmap);
    QStyleOptionViewItem at = option;
    at.rect = QRect(QPoint(0, 0), key.look.size);
    paintCard(&painter, at, key.content, backdrop, key.look.pixelRatio);
    painter.end();
    // Room for the window full of cards twice over (their hover and selection variants too).
    const QSize window = option.widget->window()->size() * key.look.pixelRatio;
    CardPixmapCache &cache = CardPixmapCache::instance();
    cache.reserveFor(2 * 4 * qsizetype(window.width()) * window.height());
    cache.insert(key, pixmap);
    return pixmap;
}

void CardDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const CardContent card = CardContent::read(index);
    const QTransform &transform = p->worldTransform();
    std::optional<CardPixmapCache::Key> key;
    if (transform.type() <= QTransform::TxTranslate && transform.dx() == qRound(transform.dx()) &&
        transform.dy() == qRound(transform.dy()) && p->opacity() == 1.0 &&
        p->compositionMode() == QPainter::CompositionMode_SourceOver)
        key = keyFor(option, card, p->device()->devicePixelRatio(), p->device()->logicalDpiY());
    if (!key) {
        paintCard(p, option, card);
        return;
    }
    if (const QPixmap *cached = CardPixmapCache::instance().find(*key)) {
        p->drawPixmap(option.rect.topLeft(), *cached);
        return;
    }
    if (m_deferCaching) {
        // In place, over the same backdrop (so with stamped shapes): a view's first paint, whose
        // pictures are made right after (warm()).
        paintCard(p, option, card, QColor::fromRgba(key->look.backdrop), key->look.pixelRatio);
        return;
    }
    const QPixmap pixmap = render(option, *key);
    if (pixmap.isNull())
        paintCard(p, option, card);
    else
        p->drawPixmap(option.rect.topLeft(), pixmap);
}

void CardDelegate::warm(const QStyleOptionViewItem &option, const QModelIndex &index, qreal ratio,
                        int dpi) const
{
    const std::optional<CardPixmapCache::Key> key = keyFor(option, CardContent::read(index), ratio, dpi);
    if (key && !CardPixmapCache::instance().find(*key))
        render(option, *key);
}

void CardDelegate::paintUncached(QPainter *p, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    paintCard(p, option, CardContent::read(index));
}

void CardDelegate::paintCard(QPainter *p, const QStyleOptionViewItem &option, const CardContent &c,
                             const QColor &backdrop, int ratio) const
{
    // Drawn over a known backdrop (into a picture, or in place where the column shows it), the curved
    // shapes come from stamps; the same lambdas draw them otherwise.
    const auto shape = [&](CardStamps::Shape kind, const QRect &rect, int margin, const QColor &brush,
                           const QColor &pen, const QColor &under,
                           const std::function<void(QPainter *)> &draw) {
        if (!backdrop.isValid())
            draw(p);
        else
            CardStamps::draw(p, rect, margin,
                             {kind, rect.size(), brush.rgba(), pen.rgba(), under.rgba(), ratio}, draw);
    };
    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    const QPalette &pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    const QRectF card = QRectF(option.rect).adjusted(kMargin, kMargin, -kMargin, -kMargin);

    QColor fill = pal.color(QPalette::Base);
    if (selected)
        fill = blend(fill, pal.color(QPalette::Highlight), 0.22);
    else if (option.state & QStyle::State_MouseOver)
        fill = blend(fill, pal.color(QPalette::Highlight), 0.07);
    QColor border = selected ? pal.color(QPalette::Highlight)
                             : blend(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.18);
    shape(focused ? CardStamps::Shape::FocusFrame : CardStamps::Shape::Frame, card.toRect(), 1, fill, border,
          backdrop, [&](QPainter *q) {
              q->setPen(QPen(border, focused ? 2.0 : 1.0));
              q->setBrush(fill);
              q->drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
          });

    const QColor text = pal.color(QPalette::Text);
    const QColor dim = blend(pal.color(QPalette::Base), text, 0.62);
    const Fonts &fonts = fontsFor(option.font);
    const QFont &base = fonts.base;
    const QFont &bold = fonts.bold;
    const QFont &small = fonts.small;
    const QFontMetrics &fm = fonts.fm;
    const QFontMetrics &bfm = fonts.bfm;
    const QFontMetrics &sfm = fonts.sfm;
    const int line = fm.lineSpacing();

    const QRect inner = card.toRect().adjusted(kPadding, kPadding, -kPadding, -kPadding);
    int y = inner.top();

    // Row 1: name, then the marks and the owner badge on the right.
    const int badge = line + 2;
    int right = inner.right();
    {
        const QRect b(right - badge + 1, y - 1, badge, badge);
        const QColor color = badgeColor(c.ownerId);
        shape(CardStamps::Shape::Badge, b, 1, color, color, fill, [&](QPainter *q) {
            q->setPen(Qt::NoPen);
            q->setBrush(color);
            q->drawEllipse(b);
        });
        p->setPen(Qt::white);
        p->setFont(small);
        p->drawText(b, Qt::AlignCenter, c.ownerInitials.isEmpty() ? u"–"_s : c.ownerInitials);
        right = b.left() - 6;
    }
    if (c.pendingWrite) {
        // A hollow dot in the highlight colour: the change is being saved.
        const int d = sfm.height() - 4;
        const QRect r(right - d, y + (line - d) / 2, d, d);
        const QColor ring = pal.color(QPalette::Highlight);
        shape(CardStamps::Shape::Ring, r, 2, ring, ring, fill, [&](QPainter *q) {
            q->setPen(QPen(ring, 2));
            q->setBrush(Qt::NoBrush);
            q->drawEllipse(r);
        });
        right = r.left() - 6;
    }
    if (c.otherOpportunities) {
        const QString mark = tr("+opp");
        const int w = sfm.horizontalAdvance(mark) + 8;
        const QRect r(right - w, y + 1, w, line - 2);
        shape(CardStamps::Shape::Mark, r, 1, dim, dim, fill, [&](QPainter *q) {
            q->setPen(QPen(dim, 1));
            q->setBrush(Qt::NoBrush);
            q->drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        });
        p->setFont(small);
        p->setPen(dim);
        p->drawText(r, Qt::AlignCenter, mark);
        right = r.left() - 6;
    }
    p->setFont(bold);
    p->setPen(text);
    const QRect nameRect(inner.left(), y, right - inner.left(), line);
    p->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                bfm.elidedText(c.name, Qt::ElideRight, nameRect.width()));
    y += line;

    // Rows 2-3: headline and posting.
    p->setFont(base);
    p->setPen(text);
    p->drawText(
        QRect(inner.left(), y, inner.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(c.headline.isEmpty() ? tr("No headline") : c.headline, Qt::ElideRight, inner.width()));
    y += line;
    p->setPen(dim);
    p->drawText(
        QRect(inner.left(), y, inner.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(c.posting.isEmpty() ? tr("No posting") : c.posting, Qt::ElideRight, inner.width()));
    y += line;

    // Row 4: tag chips, as many as fit, then "+n".
    const QStringList &tags = c.tags;
    const int chipH = line;
    const QColor chip = blend(pal.color(QPalette::Base), pal.color(QPalette::Highlight), 0.16);
    int x = inner.left();
    p->setFont(small);
    for (int i = 0; i < tags.size(); ++i) {
        const QString more = u"+%1"_s.arg(tags.size() - i);
        const int moreW = sfm.horizontalAdvance(more) + 10;
        int w = sfm.horizontalAdvance(tags.at(i)) + 12;
        const bool last = i == tags.size() - 1;
        const int room = inner.right() - x - (last ? 0 : moreW + 4);
        QString label = tags.at(i);
        if (w > room) {
            if (room < 40) { // no room for a useful chip: say how many are left
                const QRect r(x, y + 2, moreW, chipH);
                p->setPen(dim);
                p->drawText(r, Qt::AlignLeft | Qt::AlignVCenter, more);
                break;
            }
            label = sfm.elidedText(label, Qt::ElideRight, room - 12);
            w = room;
        }
        const QRect r(x, y + 2, w, chipH);
        shape(CardStamps::Shape::Chip, r, 1, chip, chip, fill, [&](QPainter *q) {
            q->setPen(Qt::NoPen);
            q->setBrush(chip);
            q->drawRoundedRect(r, chipH / 2.0, chipH / 2.0);
        });
        p->setPen(text);
        p->drawText(r, Qt::AlignCenter, label);
        x += w + 4;
        if (x >= inner.right())
            break;
    }
    if (tags.isEmpty()) {
        p->setPen(dim);
        p->drawText(QRect(x, y + 2, inner.width(), chipH), Qt::AlignLeft | Qt::AlignVCenter, tr("No tags"));
    }
    y += chipH + 6;

    // Row 5: origin · source on the left, days in stage on the right.
    p->setFont(small);
    const int days = c.daysInStage;
    const QString daysText = days == 1 ? tr("1 day in stage") : tr("%1 days in stage").arg(days);
    const int daysW = sfm.horizontalAdvance(daysText);
    p->setPen(dim);
    p->drawText(QRect(inner.right() - daysW, y, daysW, line), Qt::AlignRight | Qt::AlignVCenter, daysText);
    QStringList originParts;
    if (!c.origin.isEmpty())
        originParts.append(OriginNames::label(c.origin)); // a word in the user's language
    if (!c.sources.isEmpty())
        originParts.append(c.sources.join(u", "_s));
    const int originW = inner.width() - daysW - 8;
    p->setPen(dim);
    p->drawText(QRect(inner.left(), y, originW, line), Qt::AlignLeft | Qt::AlignVCenter,
                sfm.elidedText(originParts.join(u" · "_s), Qt::ElideRight, originW));
    y += line;

    // Row 6: the next interview when one is known.
    if (!c.interview.isEmpty()) {
        const bool confirmed = c.interviewConfirmed;
        const int d = 8;
        const QColor color = confirmed ? QColor(0x2e, 0x9d, 0x5b) : QColor(0xd8, 0x8a, 0x1c);
        const QRect dot(inner.left(), y + (line - d) / 2, d, d);
        // Not colour alone (green and orange look alike to many colour-blind eyes): a confirmed interview
        // is a filled dot, an unconfirmed one a ring, and the text after it says which.
        shape(confirmed ? CardStamps::Shape::Dot : CardStamps::Shape::HollowDot, dot, 1, color, color, fill,
              [&](QPainter *q) {
                  if (confirmed) {
                      q->setPen(Qt::NoPen);
                      q->setBrush(color);
                      q->drawEllipse(dot);
                  } else {
                      q->setPen(QPen(color, 2));
                      q->setBrush(Qt::NoBrush);
                      q->drawEllipse(QRectF(dot).adjusted(1, 1, -1, -1));
                  }
              });
        p->setPen(text);
        p->drawText(QRect(inner.left() + d + 6, y, inner.width() - d - 6, line),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    sfm.elidedText(c.interview, Qt::ElideRight, inner.width() - d - 6));
    } else if (c.interviewsKnown) {
        p->setPen(dim);
        p->drawText(QRect(inner.left(), y, inner.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                    tr("No interview scheduled"));
    }
    p->restore();
}

} // namespace lever::ui
