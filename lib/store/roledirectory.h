#pragma once

// Who held a post when: for each post (canonical title, sending country, host) the people seen in
// it with the first and last dates an article showed them there. Answers "who was the Ambassador
// of Kazakhstan to Kenya on 12 March 2024?" for the meetings an article gives only a post for.
//
// In memory, filled from the roles table and kept current by the ingest writer as it stores role
// facts, so a post resolves against every article read before it. Dates are DateValue sort keys
// (yyyymmdd); a key without a year says nothing and is ignored.

#include <QHash>
#include <QString>

#include <vector>

namespace elshi::store {

class Database;

class RoleDirectory
{
public:
    struct Tenure
    {
        qint64 entityId = 0;
        qint32 first = 0;
        qint32 last = 0;
    };

    // Reads the roles table; false when it cannot be read (the directory stays as it was).
    bool load(const Database &db);

    // A role seen on a date: extends the holder's tenure or opens one.
    void note(qint64 entityId, const QString &title, const QString &country, const QString &host, qint32 dateKey);

    // The holder of the post on the date: the one tenure that covers it, else the nearest tenure
    // ending or starting within kSlackDays of it when no other is as near; 0 when nobody or more
    // than one person fits. An empty host matches a post recorded with any host only when a
    // single such post exists for title and country.
    qint64 holderAt(const QString &title, const QString &country, const QString &host, qint32 dateKey) const;

    // Every post and its tenures, for listings.
    const QHash<QString, std::vector<Tenure>> &posts() const { return m_posts; }
    static QString postKey(const QString &title, const QString &country, const QString &host);

    static constexpr int kSlackDays = 730;

private:
    QHash<QString, std::vector<Tenure>> m_posts;
    QHash<QString, QStringList> m_hosts; // title and country → the hosts of their posts
};

} // namespace elshi::store
