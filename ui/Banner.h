#pragma once

#include <QFrame>

class QLabel;

// A coloured strip with one message (warning, error or info). Hidden while it has no text.
class Banner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Info, Warning, Error };

    explicit Banner(Kind kind, QWidget *parent = nullptr);
    void setKind(Kind kind);
    void setMessage(const QString &text);
    QString message() const;

private:
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
};
