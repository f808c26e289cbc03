import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { conversation, quickReplies } from '../../../test/fixtures';
import { mockApi, route } from '../../../test/mock-api';
import { renderWithProviders } from '../../../test/render';
import { Composer } from './composer';

/** The server ranks; this stand-in just filters by shortcut so the test can see typing narrow the list. */
function quickReplyApi(rendered: Record<string, { text: string; missing: string[] }>) {
  return mockApi([
    route('GET', '/api/quick-replies/search', (req) => {
      const q = req.query.get('q') ?? '';
      return { body: quickReplies.filter((r) => r.shortcut.startsWith(q)) };
    }),
    route('POST', /^\/api\/quick-replies\/[^/]+\/render$/, (req) => {
      const id = req.path.split('/')[3] ?? '';
      return { body: rendered[id] };
    }),
  ]);
}

const composerInput = () => screen.getByRole('textbox', { name: /reply to the customer/i });

describe('Quick-reply picker', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('opens on "/" and narrows the list as the agent types', async () => {
    quickReplyApi({});
    renderWithProviders(<Composer conversation={conversation()} />);
    await userEvent.type(composerInput(), '/');
    const picker = await screen.findByRole('listbox', { name: /quick replies/i });
    await waitFor(() => expect(within(picker).getAllByRole('option')).toHaveLength(2));

    await userEvent.type(composerInput(), 'ref');
    await waitFor(() => expect(within(picker).getAllByRole('option')).toHaveLength(1));
    expect(within(picker).getByRole('option')).toHaveTextContent('/refund');
  });

  it('inserts the rendered text at the cursor on Enter', async () => {
    const api = quickReplyApi({ 'qr-refund': { text: 'Your refund is on its way.', missing: [] } });
    localStorage.setItem('parley.draft.c1', JSON.stringify({ text: 'Hello  Thanks!', mode: 'reply' }));
    renderWithProviders(<Composer conversation={conversation()} />);
    const input = composerInput() as HTMLTextAreaElement;
    // Type in the middle of the draft, after "Hello ".
    await userEvent.type(input, '/ref', { initialSelectionStart: 6, initialSelectionEnd: 6 });
    const picker = await screen.findByRole('listbox', { name: /quick replies/i });
    await waitFor(() => expect(within(picker).getAllByRole('option')).toHaveLength(1));
    await userEvent.keyboard('{Enter}');

    await waitFor(() => expect(input).toHaveValue('Hello Your refund is on its way. Thanks!'));
    expect(api.requests.find((r) => r.path.endsWith('/render'))?.body).toEqual({ conversationId: 'c1' });
    expect(input.selectionStart).toBe('Hello Your refund is on its way.'.length);
    expect(screen.queryByRole('listbox', { name: /quick replies/i })).not.toBeInTheDocument();
    // Enter picked the reply: nothing was sent.
    expect(api.requests.some((r) => r.path.endsWith('/messages'))).toBe(false);
  });

  it('moves with the arrow keys and prompts for variables the server could not fill', async () => {
    quickReplyApi({ 'qr-order': { text: 'Order {{order.number}} shipped', missing: ['order.number'] } });
    renderWithProviders(<Composer conversation={conversation()} />);
    await userEvent.type(composerInput(), '/');
    const picker = await screen.findByRole('listbox', { name: /quick replies/i });
    await waitFor(() => expect(within(picker).getAllByRole('option')).toHaveLength(2));
    await userEvent.keyboard('{ArrowDown}');
    expect(within(picker).getAllByRole('option')[1]).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{Enter}');

    const dialog = await screen.findByRole('dialog', { name: /fill in the quick reply/i });
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'order.number' }), 'A-42');
    await userEvent.click(within(dialog).getByRole('button', { name: /insert/i }));

    await waitFor(() => expect(composerInput()).toHaveValue('Order A-42 shipped'));
  });
});
