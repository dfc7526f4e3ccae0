/**
 * A file-system error as a short reason for the user ("not found", "unreadable: permission
 * denied (EACCES)", "unreadable: too many symbolic links"). Callers add no "unreadable:" prefix
 * of their own, so the word appears once.
 */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT": return "not found";
    case "EACCES":
    case "EPERM": return `unreadable: permission denied (${code})`;
    case "EISDIR": return "is a folder";
    case "ELOOP": return "unreadable: too many symbolic links (a symbolic link loop?)";
    case "ENAMETOOLONG": return "unreadable: path too long";
    default: return `unreadable: ${code ?? String(error)}`;
  }
}
