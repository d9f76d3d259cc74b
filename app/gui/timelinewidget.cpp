#include "timelinewidget.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace elshi::ui {

namespace {
constexpr int UndatedWidth = 44;
constexpr int AxisHeight = 20;
constexpr int TopMargin = 6;
constexpr int SideMargin = 6;
constexpr int MinBarPixels = 5;
} // namespace

TimelineWidget::TimelineWidget(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

QSize TimelineWidget::sizeHint() const
{
    return {800, 140};
}

QSize TimelineWidget::minimumSizeHint() const
{
    return {200, 80};
}

void TimelineWidget::setCounts(std::vector<DayCount> days, quint32 undated)
{
    std::sort(days.begin(), days.end(), [](const DayCount &a, const DayCount &b) { return a.day < b.day; });
    m_days = std::move(days);
    m_undated = undated;
    m_selectionStart = m_selectionEnd = {};
    m_undatedSelected = false;
    if (m_days.empty()) {
        const QDate today = QDate::currentDate();
        setView(today.addYears(-1), today);
    } else {
        setView(m_days.front().day, m_days.back().day);
    }
}

void TimelineWidget::clear()
{
    setCounts({}, 0);
}

void TimelineWidget::setView(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid())
        return;
    if (to < from)
        std::swap(from, to);
    if (from.daysTo(to) < 7)
        to = from.addDays(7);
    // A little air on both sides so the first and last bars are not glued to the edges.
    const qint64 pad = std::max<qint64>(1, from.daysTo(to) / 40);
    m_viewStart = from.addDays(-pad);
    m_viewEnd = to.addDays(pad);
    chooseGranularity();
    update();
}

void TimelineWidget::zoom(double factor, QDate around)
{
    if (!m_viewStart.isValid())
        return;
    if (!around.isValid())
        around = m_viewStart.addDays(m_viewStart.daysTo(m_viewEnd) / 2);
    const qint64 left = around.daysTo(m_viewStart) * factor;
    const qint64 right = around.daysTo(m_viewEnd) * factor;
    QDate from = around.addDays(left), to = around.addDays(right);
    if (from.daysTo(to) < 10)
        return;
    if (from.daysTo(to) > 366 * 200)
        return;
    m_viewStart = from;
    m_viewEnd = to;
    chooseGranularity();
    update();
}

void TimelineWidget::clearSelection()
{
    const bool had = m_selectionStart.isValid() || m_undatedSelected;
    m_selectionStart = m_selectionEnd = {};
    m_undatedSelected = false;
    update();
    if (had)
        Q_EMIT selectionCleared();
}

QRect TimelineWidget::plotRect() const
{
    return QRect(SideMargin, TopMargin, width() - 2 * SideMargin - UndatedWidth - SideMargin,
                 height() - TopMargin - AxisHeight);
}

QRect TimelineWidget::undatedRect() const
{
    const QRect plot = plotRect();
    return QRect(plot.right() + SideMargin, plot.top(), UndatedWidth, plot.height());
}

int TimelineWidget::xForDate(QDate date) const
{
    const QRect plot = plotRect();
    const double span = std::max<qint64>(1, m_viewStart.daysTo(m_viewEnd));
    return plot.left() + int(std::lround(plot.width() * (m_viewStart.daysTo(date) / span)));
}

QDate TimelineWidget::dateAtX(int x) const
{
    const QRect plot = plotRect();
    const double span = m_viewStart.daysTo(m_viewEnd);
    const double fraction = std::clamp(double(x - plot.left()) / std::max(1, plot.width()), 0.0, 1.0);
    return m_viewStart.addDays(qint64(std::floor(fraction * span)));
}

void TimelineWidget::chooseGranularity()
{
    const qint64 days = std::max<qint64>(1, m_viewStart.daysTo(m_viewEnd));
    const int pixels = std::max(1, plotRect().width());
    const double pixelsPerDay = double(pixels) / days;
    if (pixelsPerDay >= MinBarPixels)
        m_granularity = Granularity::Day;
    else if (pixelsPerDay * 7 >= MinBarPixels)
        m_granularity = Granularity::Week;
    else if (pixelsPerDay * 30 >= MinBarPixels)
        m_granularity = Granularity::Month;
    else
        m_granularity = Granularity::Year;
}

std::pair<QDate, QDate> TimelineWidget::bucketAt(QDate date) const
{
    QDate start;
    switch (m_granularity) {
    case Granularity::Day:
        start = date;
        break;
    case Granularity::Week:
        start = date.addDays(1 - date.dayOfWeek());
        break;
    case Granularity::Month:
        start = QDate(date.year(), date.month(), 1);
        break;
    case Granularity::Year:
        start = QDate(date.year(), 1, 1);
        break;
    }
    return {start, nextBucket(start).addDays(-1)};
}

QDate TimelineWidget::nextBucket(QDate bucketStart) const
{
    switch (m_granularity) {
    case Granularity::Day:
        return bucketStart.addDays(1);
    case Granularity::Week:
        return bucketStart.addDays(7);
    case Granularity::Month:
        return bucketStart.addMonths(1);
    case Granularity::Year:
        return bucketStart.addYears(1);
    }
    return bucketStart.addDays(1);
}

quint32 TimelineWidget::countIn(QDate from, QDate to) const
{
    auto lower = std::lower_bound(m_days.begin(), m_days.end(), from,
                                  [](const DayCount &d, QDate value) { return d.day < value; });
    quint32 total = 0;
    for (auto it = lower; it != m_days.end() && it->day <= to; ++it)
        total += it->count;
    return total;
}

QString TimelineWidget::bucketLabel(QDate start) const
{
    const QLocale locale;
    switch (m_granularity) {
    case Granularity::Day:
        return locale.toString(start, QLocale::LongFormat);
    case Granularity::Week:
        return tr("Week of %1").arg(locale.toString(start, QLocale::ShortFormat));
    case Granularity::Month:
        return locale.standaloneMonthName(start.month()) + u' ' + QString::number(start.year());
    case Granularity::Year:
        return QString::number(start.year());
    }
    return {};
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.base());
    const QRect plot = plotRect();
    if (!m_viewStart.isValid() || plot.width() <= 0)
        return;

    // Buckets in view and their counts, walked once.
    struct Bar
    {
        QDate start;
        QDate end;
        quint32 count;
    };
    std::vector<Bar> bars;
    quint32 maxCount = std::max<quint32>(1, m_undated);
    for (QDate start = bucketAt(m_viewStart).first; start <= m_viewEnd; start = nextBucket(start)) {
        const QDate end = nextBucket(start).addDays(-1);
        const quint32 count = countIn(start, end);
        bars.push_back({start, end, count});
        maxCount = std::max(maxCount, count);
    }

    const QColor barColor = pal.color(QPalette::Highlight);
    const QColor selectedColor = barColor.darker(140);
    const bool hasSelection = m_selectionStart.isValid();
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (const Bar &bar : bars) {
        if (bar.count == 0)
            continue;
        const int x0 = std::max(plot.left(), xForDate(bar.start));
        const int x1 = std::min(plot.right(), xForDate(bar.end.addDays(1)) - 1);
        if (x1 < x0)
            continue;
        const int h = std::max(2, int(plot.height() * double(bar.count) / maxCount));
        const bool selected = hasSelection && bar.end >= m_selectionStart && bar.start <= m_selectionEnd;
        QColor color = selected ? selectedColor : barColor;
        if (hasSelection && !selected)
            color.setAlpha(110);
        if (bar.start == m_hoverBucket)
            color = color.lighter(125);
        painter.fillRect(QRect(x0, plot.bottom() - h + 1, std::max(1, x1 - x0), h), color);
    }

    if (hasSelection) {
        QColor shade = pal.color(QPalette::Highlight);
        shade.setAlpha(40);
        const int x0 = xForDate(m_selectionStart), x1 = xForDate(m_selectionEnd.addDays(1));
        painter.fillRect(QRect(x0, plot.top(), x1 - x0, plot.height()), shade);
    }

    // Axis: a line and labels at year (or month) boundaries, spaced to fit.
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.setPen(pal.color(QPalette::Text));
    const QFontMetrics metrics(font());
    const QLocale locale;
    const bool monthLabels = m_viewStart.daysTo(m_viewEnd) < 3 * 366;
    int lastRight = -1000;
    for (QDate tick = monthLabels ? QDate(m_viewStart.year(), m_viewStart.month(), 1) : QDate(m_viewStart.year(), 1, 1);
         tick <= m_viewEnd; tick = monthLabels ? tick.addMonths(1) : tick.addYears(1)) {
        const int x = xForDate(tick);
        if (x < plot.left())
            continue;
        const QString label = monthLabels
            ? (tick.month() == 1 ? QString::number(tick.year())
                                 : locale.standaloneMonthName(tick.month(), QLocale::ShortFormat))
            : QString::number(tick.year());
        const int w = metrics.horizontalAdvance(label);
        painter.drawLine(x, plot.bottom(), x, plot.bottom() + 4);
        if (x - w / 2 > lastRight + 6 && x + w / 2 < plot.right()) {
            painter.drawText(QRect(x - w / 2, plot.bottom() + 4, w, AxisHeight - 4), Qt::AlignCenter, label);
            lastRight = x + w / 2;
        }
    }

    // The undated bucket.
    const QRect undated = undatedRect();
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(undated.left() - SideMargin / 2, plot.top(), undated.left() - SideMargin / 2, plot.bottom());
    if (m_undated > 0) {
        const int h = std::max(2, int(plot.height() * double(m_undated) / maxCount));
        QColor color = m_undatedSelected ? selectedColor : pal.color(QPalette::Mid);
        if (m_hoverUndated)
            color = color.lighter(115);
        painter.fillRect(QRect(undated.left() + 8, plot.bottom() - h + 1, undated.width() - 16, h), color);
    }
    painter.setPen(pal.color(QPalette::Text));
    painter.drawText(QRect(undated.left(), plot.bottom() + 4, undated.width(), AxisHeight - 4), Qt::AlignCenter,
                     QStringLiteral("?"));

    if (m_days.empty() && m_undated == 0) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(plot, Qt::AlignCenter, tr("No articles"));
    }
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (event->button() == Qt::RightButton ||
        (event->button() == Qt::LeftButton && event->modifiers() & Qt::ShiftModifier)) {
        m_panning = true;
        m_panLastX = pos.x();
        setCursor(Qt::ClosedHandCursor);
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    if (undatedRect().contains(pos)) {
        m_selectionStart = m_selectionEnd = {};
        m_undatedSelected = true;
        update();
        Q_EMIT undatedChosen();
        return;
    }
    if (!plotRect().contains(pos))
        return;
    m_dragging = true;
    m_dragAnchor = dateAtX(pos.x());
    const auto bucket = bucketAt(m_dragAnchor);
    m_selectionStart = bucket.first;
    m_selectionEnd = bucket.second;
    m_undatedSelected = false;
    update();
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_panning) {
        const qint64 days =
            qint64(double(m_panLastX - pos.x()) * m_viewStart.daysTo(m_viewEnd) / std::max(1, plotRect().width()));
        if (days != 0) {
            m_viewStart = m_viewStart.addDays(days);
            m_viewEnd = m_viewEnd.addDays(days);
            m_panLastX = pos.x();
            update();
        }
        return;
    }
    if (m_dragging) {
        const QDate here = dateAtX(pos.x());
        const auto a = bucketAt(std::min(here, m_dragAnchor));
        const auto b = bucketAt(std::max(here, m_dragAnchor));
        m_selectionStart = a.first;
        m_selectionEnd = b.second;
        update();
    }
    updateHover(pos);
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        unsetCursor();
        return;
    }
    if (!m_dragging || event->button() != Qt::LeftButton)
        return;
    m_dragging = false;
    Q_EMIT rangeSelected(m_selectionStart, m_selectionEnd);
}

void TimelineWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    // A double click zooms into the bucket under the mouse.
    const QPoint pos = event->position().toPoint();
    if (!plotRect().contains(pos))
        return;
    const auto bucket = bucketAt(dateAtX(pos.x()));
    if (m_granularity != Granularity::Day)
        setView(bucket.first, bucket.second);
}

void TimelineWidget::wheelEvent(QWheelEvent *event)
{
    const int steps = event->angleDelta().y() / 120;
    if (steps == 0)
        return;
    zoom(std::pow(0.8, steps), dateAtX(event->position().toPoint().x()));
    event->accept();
}

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoom(0.8, {});
        break;
    case Qt::Key_Minus:
        zoom(1.25, {});
        break;
    case Qt::Key_Escape:
        clearSelection();
        break;
    case Qt::Key_Home:
        if (!m_days.empty())
            setView(m_days.front().day, m_days.back().day);
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void TimelineWidget::updateHover(const QPoint &pos)
{
    QDate bucket;
    bool undated = false;
    QString tip;
    const QLocale locale;
    if (undatedRect().contains(pos)) {
        undated = true;
        tip = tr("Undated or year unknown: %1 articles", nullptr, int(m_undated)).arg(locale.toString(m_undated));
    } else if (plotRect().contains(pos)) {
        const auto range = bucketAt(dateAtX(pos.x()));
        bucket = range.first;
        const quint32 count = countIn(range.first, range.second);
        tip = tr("%1: %2 articles", nullptr, int(count)).arg(bucketLabel(range.first), locale.toString(count));
    }
    if (bucket != m_hoverBucket || undated != m_hoverUndated) {
        m_hoverBucket = bucket;
        m_hoverUndated = undated;
        update();
    }
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(mapToGlobal(pos), tip, this);
}

void TimelineWidget::leaveEvent(QEvent *event)
{
    m_hoverBucket = {};
    m_hoverUndated = false;
    update();
    QWidget::leaveEvent(event);
}

void TimelineWidget::resizeEvent(QResizeEvent *event)
{
    chooseGranularity();
    QWidget::resizeEvent(event);
}

void TimelineWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange ||
        event->type() == QEvent::PaletteChange)
        update();
    QWidget::changeEvent(event);
}

} // namespace elshi::ui
