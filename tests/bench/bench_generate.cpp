// Writes the benchmark survey: N respondents (default 1,000,000) x 14 questions, about 280 MB of
// comma-delimited UTF-8 CSV shaped like a real export (segments, Italian agreement scales, a
// single choice whose labels hold ", ", a decimal-point number, a checkbox question joined with
// ", ", short comments). A fixed seed and our own mapping of the raw 64-bit draws (instead of
// std::*_distribution, whose output differs between standard libraries) give the same bytes on
// every machine.
//
// Usage: bench_generate OUT.csv [N]

#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace {

/** Options of one question with integer weights, drawn with one 64-bit random number. */
struct Choice {
    std::vector<std::string_view> labels;
    std::vector<std::uint64_t> cumulative;

    Choice(std::initializer_list<std::pair<std::string_view, unsigned>> options) {
        std::uint64_t total = 0;
        for (const auto& [label, weight] : options) {
            total += weight;
            labels.push_back(label);
            cumulative.push_back(total);
        }
    }

    std::string_view draw(std::mt19937_64& rng) const {
        // The modulo bias over 2^64 is far below anything a benchmark could notice.
        const std::uint64_t r = rng() % cumulative.back();
        std::size_t i = 0;
        while (r >= cumulative[i])
            ++i;
        return labels[i];
    }
};

double unit(std::mt19937_64& rng) {
    return static_cast<double>(rng() >> 11) * 0x1.0p-53;
}

/** Appends a cell, quoting it when it holds the delimiter, a quote or a line break. */
void appendCell(std::string& out, std::string_view cell) {
    if (cell.find_first_of(",\"\n\r") == std::string_view::npos) {
        out.append(cell);
        return;
    }
    out.push_back('"');
    for (char c : cell) {
        if (c == '"')
            out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
}

void appendUnsigned(std::string& out, unsigned value, int minDigits) {
    char digits[16];
    int n = 0;
    do {
        digits[n++] = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value != 0 || n < minDigits);
    while (n > 0)
        out.push_back(digits[--n]);
}

const std::array<std::string_view, 5> kAgreement = {"Per niente d'accordo", "Poco d'accordo",
                                                    "Né d'accordo né in disaccordo",
                                                    "Abbastanza d'accordo", "Molto d'accordo"};

const std::array<std::string_view, 7> kChannels = {"Chat / live chat",
                                                   "Email",
                                                   "Social media",
                                                   "App di messaggistica",
                                                   "Chatbot / assistente virtuale",
                                                   "Videochiamata",
                                                   "Self-service web"};
const std::array<unsigned, 7> kChannelPercent = {62, 48, 30, 44, 28, 20, 35};

const std::array<std::string_view, 24> kComments = {
    "Nessun commento",
    "Ottima iniziativa",
    "Serve più formazione sui canali digitali",
    "Il lavoro da remoto ha funzionato bene",
    "Problemi di connessione da casa",
    "Più strumenti per i team leader",
    "La chat ha ridotto le chiamate, ma servono operatori formati",
    "Difficile valutare ora",
    "Il cliente digitale c'era già",
    "Grazie",
    "Serve un accordo sul lavoro agile",
    "La VPN non reggeva tutti gli accessi",
    "Produttività invariata, benessere migliorato",
    "Tornare in sede sarà complicato",
    "Il monitoraggio della qualità da remoto va ripensato",
    "Clienti anziani in difficoltà con l'app",
    "Più autonomia agli operatori",
    "Chiamate più lunghe e più emotive",
    "Il chatbot va migliorato",
    "Buona la collaborazione con i sindacati",
    "Il \"nuovo normale\" richiede nuove competenze",
    "Cuffie e sedie adeguate anche a casa",
    "WhatsApp è diventato il canale preferito",
    "-"};

} // namespace

int main(int argc, char** argv) {
    if (argc < 2 || argc > 3) {
        std::fprintf(stderr, "usage: %s OUT.csv [N]\n", argv[0]);
        return 2;
    }
    const long long respondents = argc == 3 ? std::atoll(argv[2]) : 1000000;
    if (respondents <= 0) {
        std::fprintf(stderr, "N must be a positive number\n");
        return 2;
    }
    std::FILE* file = std::fopen(argv[1], "wb");
    if (!file) {
        std::perror(argv[1]);
        return 1;
    }
    const auto started = std::chrono::steady_clock::now();

    const Choice sector{{"Banche e assicurazioni", 18},
                        {"Telecomunicazioni", 14},
                        {"Utility ed energia", 13},
                        {"Pubblica amministrazione", 14},
                        {"Retail e e-commerce", 11},
                        {"Outsourcer / BPO", 16},
                        {"Sanità", 7},
                        {"Altro", 7}};
    const Choice size{{"Fino a 50 postazioni", 25},
                      {"51-200 postazioni", 33},
                      {"201-500 postazioni", 24},
                      {"Oltre 500 postazioni", 18}};
    const Choice role{{"Direttore / Responsabile customer service", 22},
                      {"Responsabile contact center", 34},
                      {"Team leader / Supervisor", 20},
                      {"Operations / Workforce management", 16},
                      {"Altro", 8}};
    const Choice area{{"Nord-Ovest", 36}, {"Nord-Est", 20}, {"Centro", 27}, {"Sud e Isole", 17}};
    const std::array<Choice, 4> likert = {Choice{{kAgreement[0], 4},
                                                 {kAgreement[1], 10},
                                                 {kAgreement[2], 20},
                                                 {kAgreement[3], 40},
                                                 {kAgreement[4], 26}},
                                          Choice{{kAgreement[0], 6},
                                                 {kAgreement[1], 16},
                                                 {kAgreement[2], 22},
                                                 {kAgreement[3], 38},
                                                 {kAgreement[4], 18}},
                                          Choice{{kAgreement[0], 3},
                                                 {kAgreement[1], 9},
                                                 {kAgreement[2], 16},
                                                 {kAgreement[3], 44},
                                                 {kAgreement[4], 28}},
                                          Choice{{kAgreement[0], 12},
                                                 {kAgreement[1], 24},
                                                 {kAgreement[2], 30},
                                                 {kAgreement[3], 24},
                                                 {kAgreement[4], 10}}};
    const Choice remote{
        {"Sì, per tutto il personale", 43}, {"Sì, per una parte del personale", 41}, {"No", 16}};

    std::mt19937_64 rng(0x50AD0BE4C4ULL);
    std::string buffer;
    constexpr std::size_t kFlushAt = 4u << 20;
    buffer.reserve(kFlushAt + 4096);
    buffer.append(
        "ID risposta,Data e ora,Settore,Dimensione del contact center,Ruolo,Area geografica,"
        "L'emergenza cambierà in modo permanente il contact center,"
        "I clienti preferiscono gli strumenti digitali,"
        "I clienti hanno bisogno di formazione sui canali digitali,"
        "Il lavoro da remoto resterà dopo l'emergenza,"
        "Avete introdotto il lavoro da remoto?,"
        "Ore di formazione a distanza per operatore,"
        "Quali canali sono cresciuti di più?,"
        "Commento\n");

    // One answer a second on average (a big panel: some in the same second) from 16 March 2020,
    // 08:00: 1,000,000 rows end on 27 March.
    long long second = 8 * 3600;
    std::string multi;
    for (long long i = 1; i <= respondents; ++i) {
        buffer.push_back('R');
        appendUnsigned(buffer, static_cast<unsigned>(i), 7);
        buffer.push_back(',');

        second += static_cast<long long>(rng() % 3);
        const std::chrono::year_month_day date{
            std::chrono::sys_days{std::chrono::year{2020} / 3 / 16} +
            std::chrono::days{second / 86400}};
        const long long inDay = second % 86400;
        appendUnsigned(buffer, static_cast<unsigned>(static_cast<int>(date.year())), 4);
        buffer.push_back('-');
        appendUnsigned(buffer, static_cast<unsigned>(date.month()), 2);
        buffer.push_back('-');
        appendUnsigned(buffer, static_cast<unsigned>(date.day()), 2);
        buffer.push_back(' ');
        appendUnsigned(buffer, static_cast<unsigned>(inDay / 3600), 2);
        buffer.push_back(':');
        appendUnsigned(buffer, static_cast<unsigned>(inDay / 60 % 60), 2);
        buffer.push_back(':');
        appendUnsigned(buffer, static_cast<unsigned>(inDay % 60), 2);
        buffer.push_back(',');

        for (const Choice* segment : {&sector, &size, &role, &area}) {
            appendCell(buffer, segment->draw(rng));
            buffer.push_back(',');
        }
        for (const Choice& statement : likert) {
            // About 3% skip each statement.
            if (rng() % 100 >= 3)
                appendCell(buffer, statement.draw(rng));
            buffer.push_back(',');
        }
        appendCell(buffer, remote.draw(rng));
        buffer.push_back(',');

        // Hours in quarters, 0-12, written with a decimal point; 5% blank.
        if (rng() % 100 >= 5) {
            const unsigned quarters = static_cast<unsigned>(unit(rng) * unit(rng) * 48.0 + 0.5);
            appendUnsigned(buffer, quarters / 4, 1);
            static constexpr std::string_view kFraction[] = {"", ".25", ".5", ".75"};
            buffer.append(kFraction[quarters % 4]);
        }
        buffer.push_back(',');

        // Each channel ticked on its own, at least one; 12% leave the question blank.
        if (rng() % 100 >= 12) {
            multi.clear();
            while (multi.empty()) {
                for (std::size_t c = 0; c < kChannels.size(); ++c) {
                    if (rng() % 100 < kChannelPercent[c]) {
                        if (!multi.empty())
                            multi.append(", ");
                        multi.append(kChannels[c]);
                    }
                }
            }
            appendCell(buffer, multi);
        }
        buffer.push_back(',');

        // About 60% comment.
        if (rng() % 100 < 60)
            appendCell(buffer, kComments[rng() % kComments.size()]);
        buffer.push_back('\n');

        if (buffer.size() >= kFlushAt) {
            if (std::fwrite(buffer.data(), 1, buffer.size(), file) != buffer.size()) {
                std::perror(argv[1]);
                std::fclose(file);
                return 1;
            }
            buffer.clear();
        }
    }
    if (std::fwrite(buffer.data(), 1, buffer.size(), file) != buffer.size() ||
        std::fclose(file) != 0) {
        std::perror(argv[1]);
        return 1;
    }
    const double elapsed =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::fprintf(stderr, "bench_generate: %lld respondents written to %s in %.2f s\n", respondents,
                 argv[1], elapsed);
    return 0;
}
