#include "import/SourceChecksum.h"

#include <QFile>
#include <memory>
#include <openssl/evp.h>

namespace sondo {

QString SourceChecksum::sha256(const QString& path, const ProgressCallback& progress) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // OpenSSL uses the processor's SHA instructions: ten times QCryptographicHash on a large
    // export, where the checksum would otherwise cost more than parsing the file.
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                          EVP_MD_CTX_free);
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1)
        return {};
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
        EVP_DigestUpdate(context.get(), block.constData(), size_t(read));
        done += read;
        if (progress && !progress(done, total))
            return {};
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(context.get(), digest, &length) != 1)
        return {};
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(digest), int(length)).toHex());
}

} // namespace sondo
