#pragma once

#include "model/Question.h"

#include <QString>

namespace sondo {

/**
 * Columns that identify a person: IP addresses, e-mail addresses, names, phone numbers,
 * locations, device and account ids, as survey tools name them in English, Italian, German,
 * Spanish and French (Qualtrics "IPAddress", "RecipientEmail", "LocationLatitude"; LimeSurvey
 * "ipaddr", "token"; Kobo "_submitted_by", "deviceid"; Google Forms "Email Address"). Known by
 * the column's code or text, so a project needs no extra field for it. `export-data` leaves them
 * out unless asked, and the import report names them.
 */
class PersonalData {
public:
    /** True for a column named as above, unless it is an item of a question group. */
    static bool isPersonal(const Question& question);
    /** The key a name is compared by: lower case, letters and digits only ("IP-Adresse" →
     * "ipadresse"). */
    static QString key(const QString& name);
};

} // namespace sondo
