#include "CardDelegate.h"

#include "CardRoles.h"

#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

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

QString interviewText(const QDateTime &at, bool confirmed)
{
    const QDateTime local = at.toLocalTime();
    const QString when = QLocale().toString(local, u"ddd d MMM, HH:mm"_s);
    return confirmed ? CardDelegate::tr("%1 · confirmed").arg(when)
                     : CardDelegate::tr("%1 · unconfirmed").arg(when);
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
        m_fonts.emplace(
            Fonts{font, bold, small, QFontMetrics(font), QFontMetrics(bold), QFontMetrics(small)});
    }
    return *m_fonts;
}

QSize CardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return cardSize(option.font);
}

void CardDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    using namespace models;
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
    p->setPen(QPen(border, focused ? 2.0 : 1.0));
    p->setBrush(fill);
    p->drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);

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
    const QString initials = index.data(CardRole::OwnerInitials).toString();
    {
        const QRect b(right - badge + 1, y - 1, badge, badge);
        p->setPen(Qt::NoPen);
        p->setBrush(badgeColor(index.data(CardRole::OwnerId).toString()));
        p->drawEllipse(b);
        p->setPen(Qt::white);
        p->setFont(small);
        p->drawText(b, Qt::AlignCenter, initials.isEmpty() ? u"–"_s : initials);
        right = b.left() - 6;
    }
    if (index.data(CardRole::PendingWrite).toBool()) {
        // A hollow dot in the highlight colour: the change is being saved.
        const int d = sfm.height() - 4;
        const QRect r(right - d, y + (line - d) / 2, d, d);
        p->setPen(QPen(pal.color(QPalette::Highlight), 2));
        p->setBrush(Qt::NoBrush);
        p->drawEllipse(r);
        right = r.left() - 6;
    }
    if (index.data(CardRole::HasOtherOpportunities).toBool()) {
        const QString mark = tr("+opp");
        const int w = sfm.horizontalAdvance(mark) + 8;
        const QRect r(right - w, y + 1, w, line - 2);
        p->setPen(QPen(dim, 1));
        p->setBrush(Qt::NoBrush);
        p->drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        p->setFont(small);
        p->setPen(dim);
        p->drawText(r, Qt::AlignCenter, mark);
        right = r.left() - 6;
    }
    p->setFont(bold);
    p->setPen(text);
    const QRect nameRect(inner.left(), y, right - inner.left(), line);
    p->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                bfm.elidedText(index.data(CardRole::Name).toString(), Qt::ElideRight, nameRect.width()));
    y += line;

    // Rows 2-3: headline and posting.
    p->setFont(base);
    p->setPen(text);
    const QString headline = index.data(CardRole::Headline).toString();
    p->drawText(
        QRect(inner.left(), y, inner.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(headline.isEmpty() ? tr("No headline") : headline, Qt::ElideRight, inner.width()));
    y += line;
    p->setPen(dim);
    const QString posting = index.data(CardRole::PostingTitle).toString();
    p->drawText(QRect(inner.left(), y, inner.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                fm.elidedText(posting.isEmpty() ? tr("No posting") : posting, Qt::ElideRight, inner.width()));
    y += line;

    // Row 4: tag chips, as many as fit, then "+n".
    const QStringList tags = index.data(CardRole::Tags).toStringList();
    const int chipH = line;
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
        p->setPen(Qt::NoPen);
        p->setBrush(blend(pal.color(QPalette::Base), pal.color(QPalette::Highlight), 0.16));
        p->drawRoundedRect(r, chipH / 2.0, chipH / 2.0);
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
    const int days = index.data(CardRole::DaysInStage).toInt();
    const QString daysText = days == 1 ? tr("1 day in stage") : tr("%1 days in stage").arg(days);
    const int daysW = sfm.horizontalAdvance(daysText);
    p->setPen(dim);
    p->drawText(QRect(inner.right() - daysW, y, daysW, line), Qt::AlignRight | Qt::AlignVCenter, daysText);
    QStringList originParts;
    const QString origin = index.data(CardRole::Origin).toString();
    if (!origin.isEmpty())
        originParts.append(origin.left(1).toUpper() + origin.mid(1));
    const QStringList sources = index.data(CardRole::Sources).toStringList();
    if (!sources.isEmpty())
        originParts.append(sources.join(u", "_s));
    const int originW = inner.width() - daysW - 8;
    p->setPen(dim);
    p->drawText(QRect(inner.left(), y, originW, line), Qt::AlignLeft | Qt::AlignVCenter,
                sfm.elidedText(originParts.join(u" · "_s), Qt::ElideRight, originW));
    y += line;

    // Row 6: the next interview when one is known.
    const QDateTime next = index.data(CardRole::NextInterview).toDateTime();
    if (next.isValid()) {
        const bool confirmed = index.data(CardRole::NextInterviewConfirmed).toBool();
        const int d = 8;
        p->setPen(Qt::NoPen);
        p->setBrush(confirmed ? QColor(0x2e, 0x9d, 0x5b) : QColor(0xd8, 0x8a, 0x1c));
        p->drawEllipse(QRect(inner.left(), y + (line - d) / 2, d, d));
        p->setPen(text);
        p->drawText(QRect(inner.left() + d + 6, y, inner.width() - d - 6, line),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    sfm.elidedText(interviewText(next, confirmed), Qt::ElideRight, inner.width() - d - 6));
    } else if (index.data(CardRole::ChildDataFetchedAt).toDateTime().isValid()) {
        p->setPen(dim);
        p->drawText(QRect(inner.left(), y, inner.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                    tr("No interview scheduled"));
    }
    p->restore();
}

} // namespace lever::ui
