#include "shell/OfflineBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace lever::ui {

OfflineBanner::OfflineBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"offlineBanner"_s);
    setAccessibleName(tr("Connection"));
    setFrameShape(QFrame::StyledPanel);
    // The palette's tool-tip colours: a calm band that follows light, dark and high-contrast themes.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    m_icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_text = new QLabel(this);
    m_text->setObjectName(u"offlineBannerText"_s);
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::ToolTipText);
    m_retry = new QPushButton(tr("Try Again"), this);
    m_retry->setObjectName(u"offlineRetry"_s);
    m_retry->setAccessibleName(tr("Try to reach Lever again"));
    m_pending = new QPushButton(this);
    m_pending->setObjectName(u"offlinePendingChanges"_s);
    m_pending->setAccessibleName(tr("Show the changes waiting to be sent"));
    connect(m_retry, &QPushButton::clicked, this, &OfflineBanner::retryRequested);
    connect(m_pending, &QPushButton::clicked, this, &OfflineBanner::pendingChangesRequested);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 4, 8, 4);
    row->addWidget(m_icon);
    row->addWidget(m_text, 1);
    row->addWidget(m_pending);
    row->addWidget(m_retry);
    update();
}

void OfflineBanner::setOfflineText(const QString &text)
{
    m_offline = text;
    update();
}

void OfflineBanner::setPendingCount(int count)
{
    m_count = count;
    update();
}

QString OfflineBanner::text() const
{
    return m_text->text();
}

void OfflineBanner::update()
{
    const bool offline = !m_offline.isEmpty();
    m_text->setText(offline ? m_offline
                            : tr("%n change(s) made offline waiting to be sent to Lever.", nullptr, m_count));
    m_icon->setVisible(offline);
    m_retry->setVisible(offline);
    m_pending->setText(tr("Pending Changes (%1)…").arg(m_count));
    m_pending->setVisible(m_count > 0);
    setVisible(offline || m_count > 0);
    setAccessibleDescription(m_text->text());
}

} // namespace lever::ui
