import {
  test,
  expect,
  expectAppRendered,
  recordOffOriginRequests,
  startEmpty,
  waitForServiceWorkerControl,
  ROUTES,
} from './fixtures';

test.describe('offline', () => {
  test('the installed app opens in a new page with the server gone', async ({
    context,
    page,
    server,
  }) => {
    await startEmpty(page);
    await waitForServiceWorkerControl(page);
    await server.stop();

    const later = await context.newPage();
    await later.goto('/');
    await expectAppRendered(later);
    await expect(later.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();
  });

  test('every route opens directly with the server gone', async ({ page, server }) => {
    await startEmpty(page);
    await waitForServiceWorkerControl(page);
    await server.stop();

    for (const route of ROUTES) {
      await test.step(route, async () => {
        await page.goto(route);
        await expectAppRendered(page);
        expect(new URL(page.url()).pathname).toBe(route);
      });
    }
  });

  test('every route still opens with the browser offline', async ({ context, page }) => {
    await startEmpty(page);
    await waitForServiceWorkerControl(page);
    await context.setOffline(true);

    for (const route of ROUTES) {
      await test.step(route, async () => {
        await page.goto(route);
        await expectAppRendered(page);
        expect(new URL(page.url()).pathname).toBe(route);
      });
    }
  });
});

test.describe('missing files', () => {
  test('a missing asset is a 404 from the server, never the app', async ({ page, request }) => {
    for (const missing of ['/assets/missing-chunk.js', '/icons/missing.png', '/robots.txt']) {
      const response = await request.get(missing, { headers: { accept: 'text/html' } });
      expect(response.status(), missing).toBe(404);
      expect(await response.text(), missing).not.toContain('<div id="root">');
    }
    const navigation = await page.goto('/assets/missing-page.html');
    expect(navigation?.status()).toBe(404);
  });

  test('the service worker does not answer a missing asset with index.html', async ({
    page,
    server,
  }) => {
    await page.goto('/');
    await waitForServiceWorkerControl(page);

    const online = await page.evaluate(async () => {
      const response = await fetch('/assets/missing-chunk.js');
      return { status: response.status, body: await response.text() };
    });
    expect(online.status).toBe(404);
    expect(online.body).not.toContain('<div id="root">');

    await server.stop();
    const offline = await page.evaluate(async () => {
      try {
        const response = await fetch('/assets/missing-chunk.js');
        return `status ${response.status}: ${(await response.text()).slice(0, 40)}`;
      } catch {
        return 'network error';
      }
    });
    expect(offline).toBe('network error');
    // A navigation to a file path is not given the app shell either.
    await expect(page.goto('/icons/missing.png')).rejects.toThrow(/ERR_/);
  });
});

test.describe('privacy', () => {
  test('the origin guard notices a request to another origin', async ({ browser, server }) => {
    // A context of its own, outside the suite-wide guard, so that the deliberate leak
    // below proves the guard works without failing this test.
    const context = await browser.newContext({ baseURL: server.url });
    const leaks: string[] = [];
    recordOffOriginRequests(context, new URL(server.url).origin, leaks);
    const page = await context.newPage();
    await page.goto('/');
    // The app's CSP would block the fetch before it is sent, so it goes from a blank page.
    const blank = await context.newPage();
    await blank.evaluate(async () => {
      // 127.0.0.2 is loopback: nothing listens there, and nothing leaves the machine.
      await fetch('http://127.0.0.2:9/leak').catch(() => undefined);
      await fetch('data:text/plain,fine');
    });
    await context.close();
    expect(leaks).toEqual(['http://127.0.0.2:9/leak']);
  });
});
