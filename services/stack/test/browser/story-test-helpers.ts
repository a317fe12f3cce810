import type { Locator, Page } from 'playwright-core';
import { graphQLAs, type PlatformInBrowser } from './browser-harness';

// What the story pages' browser tests do again and again: make a draft story and move it through the
// review, upload a photo through the gateway, and wait for a form to start again.

/** An 8×8 opaque PNG, enough for the gateway to recognise and re-encode. */
export const PNG_8X8 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR4nGM4UaGBFTEMLQkAUtVaAV8W4QQAAAAASUVORK5CYII=',
  'base64',
);

/** A catalogue text with its placeholders filled. */
export const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');

/** A new draft story in `countryCode`, created through the API by the holder of `cookie`. */
export async function createStory(
  gatewayUrl: string,
  cookie: string,
  title: string,
  countryCode = 'PT',
  riskFlags: string[] = [],
): Promise<{ id: string; version: number }> {
  const { createStory: created } = await graphQLAs<{ createStory: { story: { id: string; version: number } } }>(
    gatewayUrl,
    cookie,
    `mutation ($input: CreateStoryInput!) { createStory(input: $input) { story { id version } } }`,
    {
      input: {
        title,
        summary: 'Neighbours and newcomers share a garden.',
        text: 'Every Saturday we dig, plant and talk. Nobody asks where you are from.',
        language: 'en',
        kind: 'TESTIMONY',
        storytellerRole: 'MIGRANT',
        displayName: 'Amal (test)',
        themes: ['LANGUAGE_AND_INTEGRATION'],
        countryCode,
        riskFlags,
      },
    },
  );
  return created.story;
}

/** Moves a story to `toStatus` through the API as the holder of `cookie`; its new version. */
export async function moveStory(
  gatewayUrl: string,
  cookie: string,
  storyId: string,
  toStatus: string,
  expectedVersion: number,
): Promise<number> {
  const { moveStoryStatus } = await graphQLAs<{ moveStoryStatus: { story: { version: number } } }>(
    gatewayUrl,
    cookie,
    `mutation ($input: MoveStoryStatusInput!) { moveStoryStatus(input: $input) { story { version } } }`,
    { input: { storyId, toStatus, expectedVersion, reason: 'Checked by the test.' } },
  );
  return moveStoryStatus.story.version;
}

/** Uploads the 8×8 PNG to a story through the gateway's `POST /media/stories/:id`, as a browser would. */
export async function uploadPng(
  gatewayUrl: string,
  cookie: string,
  storyId: string,
  fields: { caption: string; altText: string },
): Promise<{ id: string; version: number; caption: string; altText: string }> {
  const form = new FormData();
  form.append('caption', fields.caption);
  form.append('altText', fields.altText);
  form.append('file', new Blob([new Uint8Array(PNG_8X8)], { type: 'image/png' }), 'photo.png');
  const response = await fetch(new URL(`/media/stories/${storyId}`, gatewayUrl), {
    method: 'POST',
    headers: { cookie, 'apollo-require-preflight': 'true' },
    body: form,
  });
  const body = (await response.json()) as { data?: { media: { id: string; version: number } } };
  if (response.status !== 201 || !body.data) {
    throw new Error(`uploading a photo answered ${response.status}: ${JSON.stringify(body)}`);
  }
  return body.data.media as { id: string; version: number; caption: string; altText: string };
}

/** Waits until a form field holds `value` (a form starts again from the server's answer after a reload). */
export async function waitForValue(page: Page, field: Locator, value: string) {
  const deadline = Date.now() + 10_000;
  while ((await field.inputValue()) !== value) {
    if (Date.now() > deadline) throw new Error(`the field still holds "${await field.inputValue()}", not "${value}"`);
    await page.waitForTimeout(100);
  }
}

/** `createStory` and `moveStory` as the admin of a browser test's platform. */
export function storiesAsAdmin(platform: PlatformInBrowser) {
  return {
    createStory: (title: string, countryCode?: string, riskFlags?: string[]) =>
      createStory(platform.stack.gatewayUrl, platform.adminCookie, title, countryCode, riskFlags),
    moveStory: (storyId: string, toStatus: string, expectedVersion: number) =>
      moveStory(platform.stack.gatewayUrl, platform.adminCookie, storyId, toStatus, expectedVersion),
  };
}
