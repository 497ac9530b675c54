#pragma once

#include "AppUnderTest.h"

#include <QColor>
#include <QQuickItem>
#include <QStringList>

namespace debrief::test {

// What a screen reader and a keyboard user meet on screen: the interactive items of the visible
// item tree, their accessible names, and the Tab chain.

// Starts Qt's accessibility as a screen reader would (controls then publish their names).
void activateAccessibility();

// Buttons, fields, sliders, combo boxes, list rows and items driven by a MouseArea or TapHandler
// that are shown (visible, not transparent) under root.
QList<QQuickItem*> interactiveItems(QQuickItem* root);
// What a screen reader says for the item (QAccessibleInterface's Name).
QString accessibleName(QQuickItem* item);
// "objectName (type)" for messages.
QString describe(const QQuickItem* item);
// The shown, enabled items under root that take focus with Tab.
QList<QQuickItem*> tabStops(QQuickItem* root);
// Presses Tab until the focus comes back round to an item it had (at most maxPresses); the
// items that had the focus, in order. stuck is set when the focus stayed on one item, went
// nowhere, or never came round.
// unseen (when given) gets Debrief's own items (not the Material controls, whose focus the style
// draws) that look the same with and without the focus, or that are focused out of sight.
QList<QQuickItem*> walkTabChain(AppUnderTest& app, bool& stuck,
                                QList<QQuickItem*>* unseen = nullptr, int maxPresses = 300);

// WCAG 2 contrast ratio of two opaque colours (1 to 21).
double contrastRatio(const QColor& a, const QColor& b);
// The colour seen when c (with its alpha, times opacity) is drawn over the opaque background.
QColor over(const QColor& c, const QColor& background, double opacity = 1.0);

} // namespace debrief::test

namespace debrief::test {

// The Material style attached to the window (its theme, accent and palette colours).
QObject* materialStyle(QQuickWindow* window);
// Every shown text under root (labels, fields, buttons' text) whose colour, faded by its
// opacity, reads below WCAG AA against what lies behind it: 4.5:1, or 3:1 for large text
// (24 px, or 18.66 px bold). Disabled controls' text is exempt, as in WCAG.
QStringList lowContrastTexts(QQuickWindow* window, QQuickItem* root);

} // namespace debrief::test
