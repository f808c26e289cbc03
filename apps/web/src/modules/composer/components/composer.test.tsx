import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { conversation, message } from '../../../test/fixtures';
import { mockApi, route } from '../../../test/mock-api';
import { renderWithProviders } from '../../../test/render';
import { Composer } from './composer';

const sent = (text: string, kind: 'text' | 'note' = 'text') => ({
  body: { message: message({ text, kind }), conversation: conversation({ version: 2 }) },
});

describe('Composer', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends a reply to the customer on Enter and clears the draft', async () => {
    const api = mockApi([route('POST', '/api/conversations/c1/messages', (req) => sent((req.body as { text: string }).text))]);
    renderWithProviders(<Composer conversation={conversation()} />);
    const input = screen.getByRole('textbox', { name: /reply to the customer/i });
    await userEvent.type(input, 'Your parcel left today{Enter}');

    await waitFor(() => expect(api.requests.some((r) => r.path === '/api/conversations/c1/messages')).toBe(true));
    const request = api.requests.find((r) => r.path === '/api/conversations/c1/messages');
    expect(request?.body).toEqual({ text: 'Your parcel left today' });
    await waitFor(() => expect(input).toHaveValue(''));
    expect(api.requests.some((r) => r.path.endsWith('/notes'))).toBe(false);
  });

  it('quotes the message it answers, sends its id with the reply, and drops the quote once sent or cancelled', async () => {
    const api = mockApi([route('POST', '/api/conversations/c1/messages', (req) => sent((req.body as { text: string }).text))]);
    const customer = message({ id: 'm-customer', direction: 'incoming', senderType: 'contact', sender: null, text: 'Is it blue or green?' });
    const onCancelReplyTo = vi.fn();
    renderWithProviders(<Composer conversation={conversation()} replyTo={customer} onCancelReplyTo={onCancelReplyTo} />);
    expect(screen.getByRole('note', { name: 'Replying to' })).toHaveTextContent('Replying to the customer: Is it blue or green?');

    await userEvent.type(screen.getByRole('textbox', { name: /reply to the customer/i }), 'Green{Enter}');
    await waitFor(() => expect(api.requests.find((r) => r.path === '/api/conversations/c1/messages')?.body).toEqual({ text: 'Green', replyToId: 'm-customer' }));
    await waitFor(() => expect(onCancelReplyTo).toHaveBeenCalledTimes(1));

    await userEvent.click(screen.getByRole('button', { name: 'Cancel the reply to this message' }));
    expect(onCancelReplyTo).toHaveBeenCalledTimes(2);
  });

  it('adds a private note in note mode instead of replying', async () => {
    const api = mockApi([route('POST', '/api/conversations/c1/notes', (req) => sent((req.body as { text: string }).text, 'note'))]);
    renderWithProviders(<Composer conversation={conversation()} />);
    await userEvent.click(screen.getByRole('button', { name: /private note/i }));
    const input = screen.getByRole('textbox', { name: /private note/i });
    await userEvent.type(input, 'Customer is a VIP');
    await userEvent.click(screen.getByRole('button', { name: /add note/i }));

    await waitFor(() => expect(api.requests.find((r) => r.path === '/api/conversations/c1/notes')?.body).toEqual({ text: 'Customer is a VIP' }));
    expect(api.requests.some((r) => r.path === '/api/conversations/c1/messages')).toBe(false);
  });

  it('is disabled with the reason when the reply window has closed, but notes stay possible', async () => {
    mockApi([]);
    const closed = conversation({ replyWindowClosesAt: new Date(Date.now() - 3_600_000).toISOString(), humanAgentWindowClosesAt: null });
    renderWithProviders(<Composer conversation={closed} />);

    expect(screen.getByRole('textbox', { name: /reply to the customer/i })).toBeDisabled();
    expect(screen.getByRole('button', { name: /^send$/i })).toBeDisabled();
    expect(screen.getByTestId('reply-window-closed')).toHaveTextContent(/reply window closed/i);
    expect(screen.getByTestId('reply-window-closed')).toHaveTextContent(/once the customer writes/i);

    await userEvent.click(screen.getByRole('button', { name: /private note/i }));
    expect(screen.getByRole('textbox', { name: /private note/i })).toBeEnabled();
  });

  it('shows the countdown while the window is open and the HUMAN_AGENT notice after it', () => {
    mockApi([]);
    const { unmount } = renderWithProviders(<Composer conversation={conversation({ replyWindowClosesAt: new Date(Date.now() + 90 * 60_000 + 30_000).toISOString() })} />);
    expect(screen.getByTestId('reply-window')).toHaveTextContent('Reply window closes in 1h 30m');
    unmount();
    renderWithProviders(
      <Composer conversation={conversation({ replyWindowClosesAt: new Date(Date.now() - 60_000).toISOString(), humanAgentWindowClosesAt: new Date(Date.now() + 2 * 86_400_000).toISOString() })} />,
    );
    expect(screen.getByText(/HUMAN_AGENT/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /reply to the customer/i })).toBeEnabled();
  });

  it("shows the server's message when the platform refuses the reply", async () => {
    mockApi([route('POST', '/api/conversations/c1/messages', () => ({ status: 422, body: { statusCode: 422, message: 'The 24-hour window has closed', error: 'Unprocessable Entity' } }))]);
    renderWithProviders(<Composer conversation={conversation()} />);
    await userEvent.type(screen.getByRole('textbox', { name: /reply to the customer/i }), 'Hi{Enter}');
    expect(await screen.findByText('The 24-hour window has closed')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /reply to the customer/i })).toHaveValue('Hi');
  });

  it('keeps a draft per conversation in localStorage', async () => {
    mockApi([]);
    const { unmount } = renderWithProviders(<Composer conversation={conversation()} />);
    await userEvent.type(screen.getByRole('textbox', { name: /reply to the customer/i }), 'Half-written');
    unmount();
    renderWithProviders(<Composer conversation={conversation()} />);
    expect(screen.getByRole('textbox', { name: /reply to the customer/i })).toHaveValue('Half-written');
  });
});
