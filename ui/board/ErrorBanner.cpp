#include "ErrorBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace lever::ui {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
{
    setObjectName(u"errorBanner"_s);
    setAccessibleName(tr("Error"));
    setAutoFillBackground(true);
    QPalette p = palette();
    const bool dark = p.color(QPalette::Window).lightnessF() < 0.5;
    p.setColor(QPalette::Window, dark ? QColor(0x5a, 0x24, 0x24) : QColor(0xfd, 0xe8, 0xe6));
    p.setColor(QPalette::WindowText, dark ? QColor(0xff, 0xe0, 0xdc) : QColor(0x7a, 0x1c, 0x12));
    setPalette(p);
    m_text->setObjectName(u"errorBannerText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *dismiss = new QToolButton(this);
    dismiss->setObjectName(u"errorDismiss"_s);
    dismiss->setText(tr("Dismiss"));
    dismiss->setAccessibleName(tr("Dismiss the error"));
    dismiss->setToolTip(dismiss->accessibleName());
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 8, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(dismiss, 0, Qt::AlignTop);
    hide();
    connect(dismiss, &QToolButton::clicked, this, &QWidget::hide);
}

void ErrorBanner::showMessage(const QString &message)
{
    m_text->setText(message);
    m_text->setAccessibleName(message);
    show();
}

QString ErrorBanner::message() const
{
    return isHidden() ? QString() : m_text->text();
}

} // namespace lever::ui
