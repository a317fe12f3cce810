import { errorCodeOfResponse, type ErrorCode } from '../apollo/errors';

/** Where the gateway takes a story's uploads (multipart/form-data), on the app's own origin. */
export const mediaUploadPath = (storyId: string) => `/media/stories/${encodeURIComponent(storyId)}`;

export interface MediaUpload {
  file: File;
  caption: string;
  altText: string;
  showsStoryteller: boolean;
}

export type UploadResult = { ok: true } | { ok: false; code: ErrorCode; message: string | null };

/**
 * Sends one file to the gateway with its caption and text alternative. The session cookie goes with
 * it (same origin); `apollo-require-preflight` marks it as not a plain cross-site form post, as the
 * GraphQL requests are. Errors come back as a GraphQL-style body with a code.
 */
export async function uploadStoryMedia(storyId: string, upload: MediaUpload): Promise<UploadResult> {
  const body = new FormData();
  body.set('caption', upload.caption);
  body.set('altText', upload.altText);
  body.set('showsStoryteller', String(upload.showsStoryteller));
  // The file goes last: the server can read the fields before the bytes arrive.
  body.set('file', upload.file, upload.file.name);
  let response: Response;
  try {
    response = await fetch(mediaUploadPath(storyId), {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: { 'apollo-require-preflight': 'true' },
    });
  } catch {
    return { ok: false, code: 'NETWORK_ERROR', message: null };
  }
  if (response.ok) return { ok: true };
  const text = await response.text();
  let message: string | null = null;
  try {
    message = (JSON.parse(text) as { errors?: { message?: string }[] }).errors?.[0]?.message ?? null;
  } catch {
    // not JSON: the code from the status says enough
  }
  return { ok: false, code: errorCodeOfResponse(response.status, text), message };
}
