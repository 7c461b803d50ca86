// Image references as Docker reads them: [registry[:port]/]path[:tag][@sha256:digest]. A digest pins the content;
// a tag alone can be moved under a user's feet.
export interface ImageRef {
  /** Registry and path, without tag or digest: what RepoDigests entries start with. */
  name: string;
  tag?: string;
  digest?: string;
}

const DIGEST = /^sha256:[0-9a-f]{64}$/;

export function parseImageRef(ref: string): ImageRef | undefined {
  const [rest, digest, extra] = ref.trim().split('@');
  if (!rest || extra !== undefined || (digest !== undefined && !DIGEST.test(digest))) return undefined;
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  const hasTag = colon > slash;
  const name = hasTag ? rest.slice(0, colon) : rest;
  const tag = hasTag ? rest.slice(colon + 1) : undefined;
  if (
    !/^[a-z0-9][a-z0-9._\-/:]*$/.test(name) ||
    name.endsWith('/') ||
    (tag !== undefined && !/^[\w][\w.-]{0,127}$/.test(tag))
  )
    return undefined;
  return { name, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}

export function formatImageRef(r: ImageRef): string {
  return `${r.name}${r.tag ? `:${r.tag}` : ''}${r.digest ? `@${r.digest}` : ''}`;
}
