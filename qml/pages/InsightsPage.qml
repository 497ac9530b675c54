import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Debrief.Ui

// How the loop goes across all reflections, computed on this device: how far reflections get,
// how long the steps take, how experiments turn out, the failure-type mix, lessons and a
// calendar of reflections. Each chart says the same in words below it (and to screen readers).
Page {
    id: page

    required property InsightsModel insights
    required property ExamplesController examples

    readonly property var palette4: [
        Material.color(Material.Teal, Material.Shade500),
        Material.color(Material.Amber, Material.Shade600),
        Material.color(Material.Red, Material.Shade400),
        Material.color(Material.BlueGrey, Material.Shade200)
    ]

    objectName: "insightsPage"
    title: qsTr("Insights")

    // Computed while shown, again after each change.
    StackView.onActivating: page.insights.active = true
    StackView.onDeactivated: page.insights.active = false
    Component.onDestruction: page.insights.active = false

    Flickable {
        id: scroll
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            width: Math.min(scroll.width - 2 * Theme.margin, 960)
            x: (scroll.width - width) / 2
            y: Theme.margin
            spacing: Theme.spacing

            Label {
                text: qsTr("Worked out on this device from your reflections; nothing leaves it.")
                font.pixelSize: Theme.textSize(13)
                opacity: 0.7
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            ErrorBanner {
                objectName: "insightsError"
                text: page.insights.errorMessage
                Layout.fillWidth: true
            }

            // Nothing to show yet: what the figures will say, and the examples.
            ColumnLayout {
                objectName: "insightsEmpty"
                visible: page.insights.computed && page.insights.reflections === 0
                spacing: Theme.spacing
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
                Label {
                    text: qsTr("Insights appear as your reflections move through the loop: how many you analyse, how many become an experiment, how long each step takes and how your experiments turn out.")
                    wrapMode: Text.Wrap
                    opacity: 0.8
                    lineHeight: 1.2
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "insightsTryExamplesButton"
                    Accessible.name: text
                    text: qsTr("Try it with examples")
                    highlighted: true
                    Material.accent: Theme.filledAccent
                    onClicked: page.examples.add()
                }
            }

            GridLayout {
                visible: page.insights.reflections > 0
                columns: column.width >= 640 ? 2 : 1
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing
                Layout.fillWidth: true

                InsightsCard {
                    objectName: "funnelCard"
                    heading: qsTr("How far reflections get")
                    summary: page.insights.funnelText
                    summaryName: "funnelText"
                    Layout.fillWidth: true
                    Layout.columnSpan: parent.columns
                    BarChart {
                        width: parent.width
                        bars: page.insights.funnel
                    }
                }
                InsightsCard {
                    objectName: "timesCard"
                    heading: qsTr("Time between steps (median)")
                    summary: page.insights.timesText
                    summaryName: "timesText"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Row {
                        width: parent.width
                        spacing: Theme.margin
                        Column {
                            width: (parent.width - parent.spacing) / 2
                            Label {
                                objectName: "detectToAnalyse"
                                text: page.insights.detectToAnalyse.length > 0 ? page.insights.detectToAnalyse : "\u2014"
                                font.pixelSize: Theme.headingSize
                                font.weight: Font.DemiBold
                                color: page.Material.accentColor
                                width: parent.width
                                wrapMode: Text.Wrap
                            }
                            Label {
                                text: qsTr("Capture \u2192 Analyse")
                                font.pixelSize: Theme.textSize(13)
                                opacity: 0.7
                            }
                        }
                        Column {
                            width: (parent.width - parent.spacing) / 2
                            Label {
                                objectName: "analyseToApply"
                                text: page.insights.analyseToApply.length > 0 ? page.insights.analyseToApply : "\u2014"
                                font.pixelSize: Theme.headingSize
                                font.weight: Font.DemiBold
                                color: page.Material.accentColor
                                width: parent.width
                                wrapMode: Text.Wrap
                            }
                            Label {
                                text: qsTr("Analyse \u2192 Apply")
                                font.pixelSize: Theme.textSize(13)
                                opacity: 0.7
                            }
                        }
                    }
                }
                InsightsCard {
                    objectName: "lessonsCard"
                    heading: qsTr("Lessons")
                    summary: page.insights.lessonsText
                    summaryName: "lessonsText"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Label {
                        objectName: "lessonsCount"
                        text: page.insights.lessons
                        font.pixelSize: Theme.textSize(34)
                        font.weight: Font.DemiBold
                        color: page.Material.accentColor
                    }
                }
                InsightsCard {
                    objectName: "experimentsCard"
                    heading: qsTr("Experiments and how they turned out")
                    summary: page.insights.experimentsText
                    summaryName: "experimentsText"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    StackedBar {
                        width: parent.width
                        parts: page.insights.outcomes
                        colors: page.palette4
                    }
                }
                InsightsCard {
                    objectName: "failureMixCard"
                    heading: qsTr("Kinds of failure")
                    summary: page.insights.failureMixText
                    summaryName: "failureMixText"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    DonutChart {
                        width: parent.width
                        parts: page.insights.failureMix
                        colors: page.palette4
                    }
                }
                InsightsCard {
                    objectName: "heatMapCard"
                    heading: qsTr("Reflections per day")
                    summary: page.insights.heatText
                    summaryName: "heatText"
                    Layout.fillWidth: true
                    Layout.columnSpan: parent.columns
                    HeatMap {
                        width: parent.width
                        days: page.insights.heatDays
                        months: page.insights.heatMonths
                        weeks: page.insights.heatWeeks
                    }
                }
            }
        }
    }
}
