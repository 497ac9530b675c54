#include "AccessibilitySupport.h"

#include "TestEnvironment.h"

#include <QAccessible>
#include <QImage>
#include <QQuickWindow>
#include <QSet>
#include <QTest>
#include <algorithm>
#include <cmath>

namespace debrief::test {

namespace {

// Controls a person operates directly (their inner parts are not counted on their own).
constexpr const char* kControlTypes[] = {
    "QQuickAbstractButton", "QQuickComboBox", "QQuickTextInput", "QQuickTextEdit", "QQuickSlider",
    "QQuickRangeSlider",    "QQuickSpinBox",  "QQuickDial",      "QQuickTumbler"};

bool isControl(const QQuickItem* item)
{
    return std::any_of(std::begin(kControlTypes), std::end(kControlTypes),
                       [item](const char* type) { return item->inherits(type); });
}

// Driven by a pointer handler or a MouseArea rather than being a control itself.
bool isPointerDriven(const QQuickItem* item)
{
    if (item->inherits("QQuickMouseArea"))
        return item->isEnabled();
    const QObjectList& children = item->children();
    return std::any_of(children.begin(), children.end(), [](const QObject* child) {
        return child->inherits("QQuickTapHandler") && child->property("enabled").toBool();
    });
}

// Visible and not faded out entirely, up to the window.
bool isShown(const QQuickItem* item)
{
    if (!item->isVisible())
        return false;
    for (const QQuickItem* up = item; up; up = up->parentItem()) {
        if (up->opacity() <= 0)
            return false;
    }
    return true;
}

// Accessible.ignored: the item says it is not a thing of its own for a screen reader (a row's
// modifier clicks, announced with the row).
bool isIgnored(const QQuickItem* item)
{
    const QObjectList& children = item->children();
    return std::any_of(children.begin(), children.end(), [](const QObject* child) {
        return child->inherits("QQuickAccessibleAttached") && child->property("ignored").toBool();
    });
}

// Part of a composite control (a combo box's field, a spin box's text), named by that control.
bool insideComposite(const QQuickItem* item)
{
    for (const QQuickItem* up = item->parentItem(); up; up = up->parentItem()) {
        if (up->inherits("QQuickComboBox") || up->inherits("QQuickSpinBox"))
            return true;
    }
    return false;
}

void collectInteractive(QQuickItem* item, QList<QQuickItem*>& out)
{
    if (!item || !isShown(item))
        return;
    if ((isControl(item) || isPointerDriven(item)) && !insideComposite(item) && !isIgnored(item))
        out.append(item);
    for (QQuickItem* child : item->childItems())
        collectInteractive(child, out);
}

void collectTabStops(QQuickItem* item, QList<QQuickItem*>& out)
{
    if (!item || !isShown(item) || !item->isEnabled())
        return;
    if (item->activeFocusOnTab() && !insideComposite(item))
        out.append(item);
    for (QQuickItem* child : item->childItems())
        collectTabStops(child, out);
}

// Material draws its own controls' focus (a ripple, an underline); Debrief's own items (chips,
// steps, rows, answer fields, section buttons) draw theirs and are the ones checked.
bool drawnByDebrief(const QQuickItem* item)
{
    static const QStringList stock = {
        QStringLiteral("Button"),          QStringLiteral("ToolButton"),
        QStringLiteral("RoundButton"),     QStringLiteral("CheckBox"),
        QStringLiteral("RadioButton"),     QStringLiteral("Switch"),
        QStringLiteral("ComboBox"),        QStringLiteral("TextField"),
        QStringLiteral("TextArea"),        QStringLiteral("Slider"),
        QStringLiteral("SpinBox"),         QStringLiteral("ItemDelegate"),
        QStringLiteral("MenuItem"),        QStringLiteral("TabButton"),
        QStringLiteral("WrappingSwitch"),  QStringLiteral("DelayButton"),
        QStringLiteral("QQuickTextInput"), QStringLiteral("QQuickTextEdit")};
    const QString type =
        QString::fromLatin1(item->metaObject()->className()).section(QLatin1String("_QML"), 0, 0);
    return !stock.contains(type);
}

// The item's pixels inside the window, after its indicators had waitMs to change.
QImage pixelsOf(QQuickWindow* window, QQuickItem* item, int waitMs)
{
    QTest::qWait(waitMs);
    const QImage shot = window->grabWindow();
    const QRect area =
        item->mapRectToScene(QRectF(0, 0, item->width(), item->height())).toAlignedRect() &
        QRect(QPoint(0, 0), window->size());
    const qreal ratio = shot.devicePixelRatio();
    return shot.copy(QRect(area.topLeft() * ratio, area.size() * ratio));
}

// The item looks different with the keyboard's focus than without it, at the same scroll
// position (the focus is taken away and given back with Tab's reason).
bool looksFocused(QQuickWindow* window, QQuickItem* item)
{
    // On a busy machine a focus ring's fade may not have started yet: look again, waiting
    // longer, before saying the focus does not show.
    for (const int waitMs : {60, 250, 800}) {
        const QImage focused = pixelsOf(window, item, waitMs);
        item->setFocus(false, Qt::OtherFocusReason);
        const QImage unfocused = pixelsOf(window, item, waitMs);
        item->forceActiveFocus(Qt::TabFocusReason);
        if (!focused.isNull() && focused != unfocused)
            return true;
    }
    return false;
}

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& c)
{
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

void activateAccessibility()
{
    QAccessible::setActive(true);
}

QList<QQuickItem*> interactiveItems(QQuickItem* root)
{
    QList<QQuickItem*> out;
    collectInteractive(root, out);
    return out;
}

QString accessibleName(QQuickItem* item)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(item);
    if (!iface)
        return QString();
    QString name = iface->text(QAccessible::Name).trimmed();
    // Qt 6.4 gives a password field no name at all (so that it never reads the secret); a
    // screen reader says its description, which a field takes from its placeholder text.
    if (name.isEmpty() && iface->state().passwordEdit)
        name = iface->text(QAccessible::Description).trimmed();
    // A MouseArea or TapHandler makes its parent the thing a person sees and presses.
    if (name.isEmpty() && item->inherits("QQuickMouseArea") && item->parentItem())
        return accessibleName(item->parentItem());
    return name;
}

QString describe(const QQuickItem* item)
{
    QString type = QString::fromLatin1(item->metaObject()->className());
    type = type.section(QLatin1String("_QML"), 0, 0);
    const QString name =
        item->objectName().isEmpty()
            ? QStringLiteral("<no objectName, in %1>")
                  .arg(item->parentItem() ? item->parentItem()->objectName() : QString())
            : item->objectName();
    return QStringLiteral("%1 (%2)").arg(name, type);
}

QList<QQuickItem*> tabStops(QQuickItem* root)
{
    QList<QQuickItem*> out;
    collectTabStops(root, out);
    return out;
}

QList<QQuickItem*> walkTabChain(AppUnderTest& app, bool& stuck, QList<QQuickItem*>* unseen,
                                int maxPresses)
{
    QQuickWindow* window = app.window();
    stuck = false;
    QList<QQuickItem*> visited;
    const auto press = [&] {
        QTest::keyClick(window, Qt::Key_Tab);
        QTest::qWait(1);
        QQuickItem* now = window->activeFocusItem();
        if (unseen && now && drawnByDebrief(now) && !looksFocused(window, now))
            unseen->append(now);
        return now;
    };
    QQuickItem* start = window->activeFocusItem();
    if (!start || !start->activeFocusOnTab())
        start = press();
    if (!start)
        return visited;
    visited.append(start);
    for (int i = 0; i < maxPresses; ++i) {
        QQuickItem* now = press();
        // Round: back at an item seen before (the start, or the first Tab stop when the start
        // was focused by the app and is not one itself).
        if (now && now != visited.constLast() && visited.contains(now))
            return visited;
        if (!now || now == visited.constLast()) {
            stuck = true; // the focus stays put (a field keeps the Tab key) or is gone
            return visited;
        }
        visited.append(now);
    }
    stuck = true;
    return visited;
}

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor over(const QColor& c, const QColor& background, double opacity)
{
    const double alpha = c.alphaF() * opacity;
    return QColor::fromRgbF(float(c.redF() * alpha + background.redF() * (1 - alpha)),
                            float(c.greenF() * alpha + background.greenF() * (1 - alpha)),
                            float(c.blueF() * alpha + background.blueF() * (1 - alpha)));
}

} // namespace debrief::test

namespace debrief::test {

namespace {

// The colour behind item: the window, then every background (a control's, a label's, a
// pane's) under the middle of the text, from the outermost ancestor in (a field's underline
// is not behind its text).
QColor backgroundOf(QQuickWindow* window, QQuickItem* item)
{
    QList<QQuickItem*> chain;
    for (QQuickItem* up = item; up; up = up->parentItem())
        chain.prepend(up);
    const QPointF middle = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QColor behind = window->color();
    for (QQuickItem* up : chain) {
        auto* background = up->property("background").value<QQuickItem*>();
        if (!background || !background->isVisible() || !background->inherits("QQuickRectangle") ||
            !background->mapRectToScene(QRectF(0, 0, background->width(), background->height()))
                 .contains(middle))
            continue;
        behind = over(background->property("color").value<QColor>(), behind, background->opacity());
    }
    return behind;
}

double opacityOf(const QQuickItem* item)
{
    double opacity = 1.0;
    for (const QQuickItem* up = item; up; up = up->parentItem())
        opacity *= up->opacity();
    return opacity;
}

bool isText(const QQuickItem* item)
{
    return item->inherits("QQuickText") || item->inherits("QQuickTextInput") ||
           item->inherits("QQuickTextEdit");
}

void collectLowContrast(QQuickWindow* window, QQuickItem* item, QStringList& out)
{
    if (!item || !isShown(item))
        return;
    if (isText(item) && item->isEnabled() &&
        !item->property("text").toString().trimmed().isEmpty()) {
        const QFont font = item->property("font").value<QFont>();
        const double px = font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF() * 4 / 3;
        const bool large = px >= 24 || (font.bold() && px >= 18.66);
        const QColor behind = backgroundOf(window, item);
        const QColor seen = over(item->property("color").value<QColor>(), behind, opacityOf(item));
        const double ratio = contrastRatio(seen, behind);
        if (ratio < (large ? 3.0 : 4.5)) {
            out << QStringLiteral("%1 \"%2\": %3:1 (%4 on %5)")
                       .arg(describe(item), item->property("text").toString().left(40))
                       .arg(ratio, 0, 'f', 2)
                       .arg(seen.name(), behind.name());
        }
    }
    for (QQuickItem* child : item->childItems())
        collectLowContrast(window, child, out);
}

} // namespace

QObject* materialStyle(QQuickWindow* window)
{
    for (QObject* child : window->children()) {
        if (child->inherits("QQuickMaterialStyle"))
            return child;
    }
    return nullptr;
}

QStringList lowContrastTexts(QQuickWindow* window, QQuickItem* root)
{
    QStringList out;
    collectLowContrast(window, root, out);
    return out;
}

} // namespace debrief::test
