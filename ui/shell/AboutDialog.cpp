#include "AboutDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lever::ui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About Lever Console"));

    auto *icon = new QLabel(this);
    icon->setObjectName(u"aboutIcon"_s);
    icon->setPixmap(QApplication::windowIcon().pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);

    auto *text = new QLabel(this);
    text->setObjectName(u"aboutText"_s);
    text->setAccessibleName(tr("About Lever Console"));
    text->setTextFormat(Qt::RichText);
    text->setOpenExternalLinks(true);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setText(u"<h2>"_s + tr("Lever Console") + u"</h2><p>"_s + versionText() + u"</p><p>"_s +
                  tr("A native desktop recruiting console for the Lever Data API.") + u"</p><p>"_s +
                  tr("Built with Qt %1, running on Qt %2.")
                      .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())) +
                  u"</p><p>"_s + tr("Licence: MIT. This program comes with no warranty.") + u"</p><p>"_s +
                  tr("<a href=\"%1\">Project page</a> · <a href=\"%2\">Lever API documentation</a>")
                      .arg(u"https://github.com/leverconsole/lever-console"_s,
                           u"https://hire.lever.co/developer/documentation"_s) +
                  u"</p><p><small>"_s +
                  tr("Lever is a trademark of its owner; this project is not affiliated with Lever.") +
                  u"</small></p>"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(u"aboutClose"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

QString AboutDialog::versionText()
{
    return tr("Version %1").arg(QStringLiteral(LEVER_VERSION));
}

} // namespace lever::ui
