#pragma once

// A histogram of articles over time that a researcher zooms (wheel), pans (right-drag or
// Shift+drag) and drags across (left button) to pick a date range. Bars aggregate per day, week,
// month or year, chosen from the zoom so bars stay readable; hovering shows the count. Articles
// without a usable date get their own bucket at the right end.
//
// Cost: setCounts() sorts once; painting walks only the visible days, so a million articles over
// a few thousand distinct days paint in well under a frame.

#include <QDate>
#include <QWidget>

#include <utility>
#include <vector>

namespace elshi::ui {

class TimelineWidget final : public QWidget
{
    Q_OBJECT
public:
    enum class Granularity
    {
        Day,
        Week,
        Month,
        Year
    };
    Q_ENUM(Granularity)

    struct DayCount
    {
        QDate day;
        quint32 count = 0;
    };

    explicit TimelineWidget(QWidget *parent = nullptr);

    // Replaces the data and shows all of it. undated counts articles without a usable date.
    void setCounts(std::vector<DayCount> days, quint32 undated);
    void clear();

    Granularity granularity() const { return m_granularity; }
    QDate viewStart() const { return m_viewStart; }
    QDate viewEnd() const { return m_viewEnd; }
    // Shows [from, to] (at least a week), choosing the granularity to fit.
    void setView(QDate from, QDate to);
    void zoom(double factor, QDate around);

    QDate selectionStart() const { return m_selectionStart; }
    QDate selectionEnd() const { return m_selectionEnd; }
    bool undatedSelected() const { return m_undatedSelected; }
    void clearSelection();

    // Geometry, public so tests and accessibility can address dates.
    int xForDate(QDate date) const;
    QDate dateAtX(int x) const;
    QRect undatedRect() const;
    // The bucket containing date at the current granularity: [first day, last day].
    std::pair<QDate, QDate> bucketAt(QDate date) const;
    quint32 countIn(QDate from, QDate to) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void rangeSelected(QDate from, QDate to);
    void undatedChosen();
    void selectionCleared();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QRect plotRect() const;
    void chooseGranularity();
    QDate nextBucket(QDate bucketStart) const;
    QString bucketLabel(QDate bucketStart) const;
    void updateHover(const QPoint &pos);

    std::vector<DayCount> m_days; // sorted by day, one entry per day with articles
    quint32 m_undated = 0;
    QDate m_viewStart;
    QDate m_viewEnd;
    Granularity m_granularity = Granularity::Month;
    QDate m_selectionStart;
    QDate m_selectionEnd;
    bool m_undatedSelected = false;
    QDate m_dragAnchor;
    bool m_dragging = false;
    bool m_panning = false;
    int m_panLastX = 0;
    QDate m_hoverBucket;
    bool m_hoverUndated = false;
};

} // namespace elshi::ui
