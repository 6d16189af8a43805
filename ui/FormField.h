#pragma once

#include <QWidget>

class QLabel;

// Caption, editor, optional hint and an inline error line for one input. The error line
// takes no space while empty (hidden, not blank), so forms do not jump about.
class FormField : public QWidget
{
    Q_OBJECT
public:
    FormField(const QString &caption, QWidget *editor, QWidget *parent = nullptr);

    QWidget *editor() const { return m_editor; }
    void setCaption(const QString &caption);
    QString caption() const;
    void setHint(const QString &hint);
    void setError(const QString &message);
    QString error() const;
    bool hasError() const;
    QLabel *errorLabel() const { return m_error; }
    // Shows message in errorLabel (hidden while empty) and marks editor invalid for the style
    // sheet: the one look of an input error, for fields and for inputs with their own line.
    static void showError(QLabel *errorLabel, QWidget *editor, const QString &message);

private:
    QLabel *m_caption = nullptr;
    QWidget *m_editor = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_error = nullptr;
};
