#include "roledirectory.h"

#include "database.h"
#include "statement.h"

#include <core/datevalue.h>

#include <QDate>

#include <cstdlib>

namespace elshi::store {

namespace {

// Days between two sort keys; month or year precision keys (dd or mmdd zero) count from the 1st.
qint64 daysOf(qint32 key)
{
    const int year = key / 10000, month = qMax(1, key / 100 % 100), day = qMax(1, key % 100);
    return QDate(year, month, day).toJulianDay();
}

qint64 distance(const RoleDirectory::Tenure &t, qint32 key)
{
    if (key >= t.first && key <= t.last)
        return 0;
    const qint64 at = daysOf(key);
    return std::min(std::llabs(at - daysOf(t.first)), std::llabs(at - daysOf(t.last)));
}

} // namespace

QString RoleDirectory::postKey(const QString &title, const QString &country, const QString &host)
{
    return title + u'\x1f' + country + u'\x1f' + host;
}

bool RoleDirectory::load(const Database &db)
{
    Statement select = db.prepare(
        "SELECT entity_id, title, country, host, first_date_key, last_date_key FROM roles WHERE first_date_key > 0");
    if (!select.isValid())
        return false;
    QHash<QString, std::vector<Tenure>> posts;
    QHash<QString, QStringList> hosts;
    while (select.step()) {
        const QString title = select.text(1), country = select.text(2), host = select.text(3);
        std::vector<Tenure> &tenures = posts[postKey(title, country, host)];
        if (tenures.empty())
            hosts[postKey(title, country, QString())].append(host);
        tenures.push_back({select.int64(0), qint32(select.int64(4)), qint32(select.int64(5))});
    }
    m_posts = std::move(posts);
    m_hosts = std::move(hosts);
    return true;
}

void RoleDirectory::note(qint64 entityId, const QString &title, const QString &country, const QString &host,
                         qint32 dateKey)
{
    if (!core::DateValue::keyHasYear(dateKey))
        return;
    std::vector<Tenure> &tenures = m_posts[postKey(title, country, host)];
    if (tenures.empty())
        m_hosts[postKey(title, country, QString())].append(host);
    for (Tenure &t : tenures) {
        if (t.entityId == entityId) {
            t.first = std::min(t.first, dateKey);
            t.last = std::max(t.last, dateKey);
            return;
        }
    }
    tenures.push_back({entityId, dateKey, dateKey});
}

qint64 RoleDirectory::holderAt(const QString &title, const QString &country, const QString &host, qint32 dateKey) const
{
    if (!core::DateValue::keyHasYear(dateKey))
        return 0;
    const std::vector<Tenure> *tenures = nullptr;
    const auto exact = m_posts.constFind(postKey(title, country, host));
    if (exact != m_posts.cend()) {
        tenures = &exact.value();
    } else if (host.isEmpty()) {
        // "The Ambassador of Kazakhstan": only when the directory knows a single such post.
        const QStringList hosts = m_hosts.value(postKey(title, country, QString()));
        if (hosts.size() != 1)
            return 0;
        const auto only = m_posts.constFind(postKey(title, country, hosts.first()));
        if (only == m_posts.cend())
            return 0;
        tenures = &only.value();
    }
    if (!tenures)
        return 0;
    qint64 best = 0, bestDistance = kSlackDays + 1;
    bool tie = false;
    for (const Tenure &t : *tenures) {
        const qint64 d = distance(t, dateKey);
        if (d < bestDistance) {
            best = t.entityId;
            bestDistance = d;
            tie = false;
        } else if (d == bestDistance && t.entityId != best) {
            tie = true;
        }
    }
    return tie ? 0 : best;
}

} // namespace elshi::store
