#include "FormField.h"

#include "Theme.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FormField::FormField(const QString &caption, QWidget *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    m_caption = new QLabel(caption, this);
    m_caption->setObjectName(u"fieldCaption"_s);
    m_caption->setBuddy(editor);
    layout->addWidget(m_caption);
    editor->setParent(this);
    editor->setAccessibleName(caption);
    layout->addWidget(editor);
    m_hint = new QLabel(this);
    m_hint->setObjectName(u"fieldHint"_s);
    m_hint->setWordWrap(true);
    m_hint->hide();
    layout->addWidget(m_hint);
    m_error = new QLabel(this);
    m_error->setObjectName(u"fieldError"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
}

void FormField::setCaption(const QString &caption)
{
    m_caption->setText(caption);
    m_editor->setAccessibleName(caption);
}

QString FormField::caption() const
{
    return m_caption->text();
}

void FormField::setHint(const QString &hint)
{
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

void FormField::setError(const QString &message)
{
    showError(m_error, m_editor, message);
}

void FormField::showError(QLabel *errorLabel, QWidget *editor, const QString &message)
{
    errorLabel->setText(message);
    errorLabel->setVisible(!message.isEmpty());
    const bool invalid = !message.isEmpty();
    if (editor->property("invalid").toBool() != invalid) {
        editor->setProperty("invalid", invalid);
        Theme::repolish(editor);
    }
}

QString FormField::error() const
{
    return m_error->text();
}

bool FormField::hasError() const
{
    return !m_error->text().isEmpty();
}
