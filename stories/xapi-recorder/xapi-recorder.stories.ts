import '@lp-elements/elements/define.js';
import { courseSelected } from '@lp-elements/xapi';
import { LpXapiStatementEvent, type LpXapiQueuedEvent } from '@lp-elements/elements';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor, within } from 'storybook/test';

/** `npm start` passes the local LRS to Storybook; a static build has none and only queues. */
const LRS_ENDPOINT = (import.meta.env.STORYBOOK_LRS_ENDPOINT as string | undefined) ?? '';
const LRS_AUTH = (import.meta.env.STORYBOOK_LRS_AUTH as string | undefined) ?? '';

function announceCourse(event: Event): void {
  const statement = courseSelected({
    id: 'https://lp-elements.example/courses/lb-101',
    name: 'Reading the job market',
  });
  (event.currentTarget as HTMLElement).dispatchEvent(new LpXapiStatementEvent(statement));
}

const meta: Meta = {
  title: 'Elements/xAPI recorder',
  component: 'lp-xapi-recorder',
  parameters: {
    docs: {
      description: {
        component:
          'Invisible: it records the statements of the elements inside it. Under `npm start` this story sends them to the local LRS; watch the log below the button.',
      },
    },
  },
};
export default meta;

export const SendsAStatement: StoryObj = {
  render: () =>
    html`<lp-xapi-recorder
      endpoint=${LRS_ENDPOINT || 'http://127.0.0.1:9/xAPI/'}
      auth=${LRS_AUTH}
      activity="https://lp-elements.example/modules/storybook"
      queue-name="lp-storybook"
      @lp-xapi-queued=${(event: LpXapiQueuedEvent) => {
        const log = (event.currentTarget as HTMLElement).querySelector('output');
        if (log) log.value = `Queued ${event.detail.statements.length}; waiting: ${event.detail.queueLength}`;
      }}
    >
      <button type="button" @click=${announceCourse}>Select “Reading the job market”</button>
      <p><output aria-live="polite"></output></p>
    </lp-xapi-recorder>`,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button'));
    await waitFor(() => expect(canvasElement.querySelector('output')?.value).toMatch(/^Queued 1;/));
  },
};
