#pragma once

namespace sondo {

/**
 * The language of key-finding sentences. A chart's language is the report's, independent of the
 * interface's (an Italian analyst writes an English newsletter), so findings carry their own
 * strings (PhraseBands, FindingWriter) instead of going through the interface translator.
 */
enum class FindingLanguage { Italian, English };

} // namespace sondo
