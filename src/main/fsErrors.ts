/** A file-system error in a few words a reporter understands ("permission denied"), for the app and the command line. */
export function describeFsError(err: unknown, writing = false): string {
  const e = err as NodeJS.ErrnoException
  switch (e?.code) {
    case 'ENOENT':
      return writing ? 'the folder does not exist' : 'the file does not exist'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'EROFS':
      return 'the disk is read-only'
    case 'ENOSPC':
      return 'the disk is full'
    case 'EISDIR':
      return writing ? 'there is a folder with that name' : 'it is a folder, not a file'
    case 'ENOTDIR':
      return 'part of the path is not a folder'
    default:
      return (e?.message ?? String(err)).split('\n')[0]!
  }
}
