#pragma once

#include <QObject>

class QMimeData;
class QWidget;

namespace lever::ui {

// Lets a widget (the board) take a resume dropped from the file manager or a mail program: one local
// PDF, DOCX, DOC, TXT, RTF or ODT file. The drop is offered as resumeDropped(); cards dragged on the
// board are not files and pass by untouched.
class ResumeDropTarget : public QObject
{
    Q_OBJECT
public:
    explicit ResumeDropTarget(QWidget *target);

    // The local resume file a drag carries, or empty.
    static QString resumePath(const QMimeData *mime);

Q_SIGNALS:
    void resumeDropped(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace lever::ui
