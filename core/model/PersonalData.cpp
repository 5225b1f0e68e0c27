#include "model/PersonalData.h"

#include <QSet>

namespace sondo {

QString PersonalData::key(const QString& name) {
    const QString decomposed = name.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

bool PersonalData::isPersonal(const Question& question) {
    // Whole names only: "Email" is personal, "How do you rate our e-mail support?" is not.
    static const QSet<QString> names = {
        // addresses on the network
        QStringLiteral("ipaddress"),
        QStringLiteral("ipaddr"),
        QStringLiteral("ip"),
        QStringLiteral("ipadresse"),
        QStringLiteral("indirizzoip"),
        QStringLiteral("direccionip"),
        QStringLiteral("adresseip"),
        // e-mail
        QStringLiteral("email"),
        QStringLiteral("emailaddress"),
        QStringLiteral("recipientemail"),
        QStringLiteral("indirizzoemail"),
        QStringLiteral("emailadresse"),
        QStringLiteral("correoelectronico"),
        QStringLiteral("adresseemail"),
        QStringLiteral("courriel"),
        QStringLiteral("mail"),
        // names
        QStringLiteral("name"),
        QStringLiteral("firstname"),
        QStringLiteral("lastname"),
        QStringLiteral("fullname"),
        QStringLiteral("recipientfirstname"),
        QStringLiteral("recipientlastname"),
        QStringLiteral("nome"),
        QStringLiteral("cognome"),
        QStringLiteral("nomeecognome"),
        QStringLiteral("vorname"),
        QStringLiteral("nachname"),
        QStringLiteral("nombre"),
        QStringLiteral("apellido"),
        QStringLiteral("apellidos"),
        QStringLiteral("prenom"),
        QStringLiteral("nom"),
        // phones
        QStringLiteral("phone"),
        QStringLiteral("phonenumber"),
        QStringLiteral("telephone"),
        QStringLiteral("telefono"),
        QStringLiteral("telefon"),
        QStringLiteral("cellulare"),
        // places
        QStringLiteral("locationlatitude"),
        QStringLiteral("locationlongitude"),
        QStringLiteral("latitude"),
        QStringLiteral("longitude"),
        QStringLiteral("geolocation"),
        // devices and accounts
        QStringLiteral("submittedby"),
        QStringLiteral("username"),
        QStringLiteral("deviceid"),
        QStringLiteral("simserial"),
        QStringLiteral("subscriberid"),
        QStringLiteral("token"),
        QStringLiteral("externaldatareference"),
    };
    // An item of a grid is one statement answered on a shared scale ("Phone" in "How was each
    // channel?"), never an address or a name, whatever its words.
    if (!question.group.isEmpty())
        return false;
    return names.contains(key(question.code)) || names.contains(key(question.text));
}

} // namespace sondo
