// sondo_ui gains its sources with the desktop issue.
namespace sondo {
}
