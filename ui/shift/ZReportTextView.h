#pragma once

#include <QPlainTextEdit>

// A Z-report's monospaced text (ZReport::plainText) on screen: read-only, never wrapped, and at
// least as wide as `columns` characters of its font plus the frame, margins and a vertical
// scroll bar, so an 80 mm report (48 columns) is read without scrolling sideways.
class ZReportTextView : public QPlainTextEdit
{
    Q_OBJECT
public:
    static constexpr int DefaultColumns = 48;

    explicit ZReportTextView(QWidget *parent = nullptr);

    void setColumns(int columns);
    int columns() const { return m_columns; }
    // The width `columns` characters need, scroll bar included.
    int widthForColumns() const;

    // At least tall enough for the text's lines, at most `maxLines` (then it scrolls).
    void fitLines(int maxLines);

    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;   // a font or style change: measured again

private:
    void updateWidth();

    int m_columns = DefaultColumns;
};
