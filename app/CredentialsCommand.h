#pragma once
// `yunyue credentials store|forget|show-backend --server URL --user NAME`:
// keeps a server's password or bearer token in the system keychain (or the
// private file where there is none), so that profiles need no secret in
// clear. The secret comes from --password-file, YUNYUE_PASSWORD or a prompt
// without echo — never from an argument. No display needed.

#include <QStringList>

namespace yunyue {

// Returns the exit code: 0 done, 1 the store failed, 2 bad usage (a secret
// given as an argument included).
int runCredentialsCommand(const QStringList& arguments);

}  // namespace yunyue
