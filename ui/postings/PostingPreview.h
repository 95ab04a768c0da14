#pragma once

#include "postings/PostingForm.h"

#include <QTextBrowser>

namespace lever::ui {

// The posting as candidates will see it on the job site: title, categories line, description, the titled
// lists, closing and the pay range, rendered from the editor's current (whitelisted) values.
class PostingPreview : public QTextBrowser
{
    Q_OBJECT
public:
    explicit PostingPreview(QWidget *parent = nullptr);

    void showForm(const models::PostingForm &form);
    static QString html(const models::PostingForm &form);
};

} // namespace lever::ui
