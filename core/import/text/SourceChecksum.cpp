#include "import/text/SourceChecksum.h"

#include <QFile>
#include <openssl/evp.h>

namespace sondo {

// OpenSSL uses the processor's SHA instructions: ten times QCryptographicHash on a large export,
// where the checksum would otherwise cost more than parsing the file.
struct SourceChecksum::Sha256::Context {
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> evp{EVP_MD_CTX_new(), EVP_MD_CTX_free};
};

SourceChecksum::Sha256::Sha256()
    : m_context(std::make_unique<Context>()) {
    m_ok = m_context->evp && EVP_DigestInit_ex(m_context->evp.get(), EVP_sha256(), nullptr) == 1;
}

SourceChecksum::Sha256::~Sha256() = default;

void SourceChecksum::Sha256::add(QByteArrayView bytes) {
    if (m_ok && !bytes.isEmpty())
        m_ok = EVP_DigestUpdate(m_context->evp.get(), bytes.data(), size_t(bytes.size())) == 1;
}

QString SourceChecksum::Sha256::hex() {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!m_ok || EVP_DigestFinal_ex(m_context->evp.get(), digest, &length) != 1)
        return {};
    m_ok = false;
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(digest), int(length)).toHex());
}

QString SourceChecksum::sha256(const QString& path, const ProgressCallback& progress) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Sha256 checksum;
    const qint64 total = file.size();
    qint64 done = 0;
    // Blocks that stay in the cache between the copy from the file and the hashing.
    QByteArray block(1 << 18, Qt::Uninitialized);
    for (;;) {
        const qint64 read = file.read(block.data(), block.size());
        if (read < 0)
            return {};
        if (read == 0)
            break;
        checksum.add(QByteArrayView(block).first(read));
        done += read;
        if (progress && !progress(done, total))
            return {};
    }
    return checksum.hex();
}

} // namespace sondo
