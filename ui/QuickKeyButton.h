#pragma once

#include <QPushButton>

// One key of the browser's quick-key strip: "F1  Digi Prepaid". When the strip is narrower
// than the names (a small window), the name is elided ("F1  Digi Pr…") instead of being cut
// off at both edges: the key stays readable and the button keeps its touch height. The full
// name stays in text(), the accessible name and the tooltip.
//
// Every key asks for the same width (room for its key and an ellipsis), so the strip shares
// its width equally: F1..F8 keep their places whatever the names, and no key is squeezed to
// a bare "F8 …" to make room for a longer name next to it.
class QuickKeyButton : public QPushButton
{
    Q_OBJECT
public:
    explicit QuickKeyButton(QWidget *parent = nullptr);

    // `key` as shown ("F1"), `name` the product's name as the catalogue gives it.
    void setKey(const QString &key, const QString &name, const QString &toolTip);
    QString keyLabel() const { return m_key; }
    QString name() const { return m_name; }
    // The label as drawn at the current width (elided when the name does not fit).
    QString displayedText() const;
    // Width available to the label inside the button's border and padding.
    int labelWidth() const;

    // Both: the key and an ellipsis wide, the touch height high.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString fullLabel() const;

    QString m_key;
    QString m_name;
};
