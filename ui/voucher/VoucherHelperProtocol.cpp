#include "VoucherHelperProtocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace VoucherHelperProtocol {

namespace {

QByteArray line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<QJsonObject> parse(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line.trimmed(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

} // namespace

QByteArray encode(const Command &command)
{
    if (command.kind == Command::Kind::Close)
        return line({{u"cmd"_s, u"close"_s}});
    QJsonObject o{{u"cmd"_s, u"open"_s}, {u"url"_s, QString::fromUtf8(command.url.toEncoded())}};
    if (command.transientParent != 0)   // as text: a JSON number (a double) cannot hold every 64-bit id
        o.insert(u"parent"_s, QString::number(command.transientParent));
    if (command.parentGeometry.isValid()) {
        const QRect &g = command.parentGeometry;
        o.insert(u"geometry"_s, QJsonArray{g.x(), g.y(), g.width(), g.height()});
    }
    return line(o);
}

QByteArray encode(const Event &event)
{
    switch (event.kind) {
    case Event::Kind::Shown:
        return line({{u"event"_s, u"shown"_s}, {u"transient"_s, event.transient}});
    case Event::Kind::LoadFinished:
        return line({{u"event"_s, u"loaded"_s}, {u"ok"_s, event.ok}});
    case Event::Kind::Refused: {
        QJsonObject o{{u"event"_s, u"refused"_s}, {u"what"_s, event.what}};
        if (!event.host.isEmpty())
            o.insert(u"host"_s, event.host);
        if (!event.scheme.isEmpty())
            o.insert(u"scheme"_s, event.scheme);
        return line(o);
    }
    case Event::Kind::Closed:
        return line({{u"event"_s, u"closed"_s}});
    case Event::Kind::Error:
        return line({{u"event"_s, u"error"_s}, {u"message"_s, event.message}});
    }
    return {};
}

std::optional<Command> decodeCommand(const QByteArray &text)
{
    const auto o = parse(text);
    if (!o)
        return std::nullopt;
    const QString cmd = o->value(u"cmd"_s).toString();
    Command c;
    if (cmd == "close"_L1) {
        c.kind = Command::Kind::Close;
        return c;
    }
    if (cmd != "open"_L1)
        return std::nullopt;
    c.kind = Command::Kind::Open;
    c.url = QUrl::fromEncoded(o->value(u"url"_s).toString().toUtf8(), QUrl::StrictMode);
    bool ok = true;
    const QString parent = o->value(u"parent"_s).toString();
    c.transientParent = parent.isEmpty() ? 0 : parent.toULongLong(&ok);
    if (!ok)
        return std::nullopt;
    const QJsonArray g = o->value(u"geometry"_s).toArray();
    if (g.size() == 4)
        c.parentGeometry = QRect(g.at(0).toInt(), g.at(1).toInt(), g.at(2).toInt(), g.at(3).toInt());
    return c;
}

std::optional<Event> decodeEvent(const QByteArray &text)
{
    const auto o = parse(text);
    if (!o)
        return std::nullopt;
    const QString name = o->value(u"event"_s).toString();
    Event e;
    if (name == "shown"_L1) {
        e.kind = Event::Kind::Shown;
        e.transient = o->value(u"transient"_s).toBool();
    } else if (name == "loaded"_L1) {
        e.kind = Event::Kind::LoadFinished;
        e.ok = o->value(u"ok"_s).toBool();
    } else if (name == "refused"_L1) {
        e.kind = Event::Kind::Refused;
        e.what = o->value(u"what"_s).toString();
        e.host = o->value(u"host"_s).toString();
        e.scheme = o->value(u"scheme"_s).toString();
        if (e.what.isEmpty())
            return std::nullopt;
    } else if (name == "closed"_L1) {
        e.kind = Event::Kind::Closed;
    } else if (name == "error"_L1) {
        e.kind = Event::Kind::Error;
        e.message = o->value(u"message"_s).toString();
    } else {
        return std::nullopt;
    }
    return e;
}

} // namespace VoucherHelperProtocol
