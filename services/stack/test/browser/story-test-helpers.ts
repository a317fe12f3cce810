import { expectNoGraphQLErrors, postGraphQL } from '@best/kit';
import type { Locator, Page } from 'playwright-core';
import en from '@best/web/i18n/en.json';
import { DEMO_PASSWORD } from './browser-harness';

// What the story pages' browser tests do again and again: ask the API as someone, sign in through the
// page, make a draft story, upload a photo through the gateway, and wait for a form to start again.

/** An 8×8 opaque PNG, enough for the gateway to recognise and re-encode. */
export const PNG_8X8 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR4nGM4UaGBFTEMLQkAUtVaAV8W4QQAAAAASUVORK5CYII=',
  'base64',
);

/** A catalogue text with its placeholders filled. */
export const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');

/** A GraphQL request through the gateway as the holder of `cookie`; fails the test on any error. */
export async function graphQLAs<T>(
  gatewayUrl: string,
  cookie: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  return expectNoGraphQLErrors((await postGraphQL<T>(gatewayUrl, query, variables, { cookie })).body, query);
}

/** Signs in through the sign-in page, as a person would, and waits for the header to say so. */
export async function signInThroughUi(page: Page, webUrl: string, email: string) {
  await page.goto(`${webUrl}/sign-in`);
  await page.getByLabel(en.signIn.email).fill(email);
  await page.getByLabel(en.signIn.password).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: en.signIn.submit, exact: true }).click();
  await page.getByRole('button', { name: en.auth.signOut }).waitFor();
}

/** A new draft story in `countryCode`, created through the API by the holder of `cookie`. */
export async function createStory(
  gatewayUrl: string,
  cookie: string,
  title: string,
  countryCode = 'PT',
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
      },
    },
  );
  return created.story;
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
