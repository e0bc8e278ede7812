import { createAction } from 'nango';
import { z } from 'zod';

/**
 * Opens an issue in a repository of the connected GitHub user, and answers with its number and
 * address. The input is checked against its schema before the action runs.
 */
export default createAction({
    description: 'Opens an issue in a GitHub repository',
    version: '1.0.0',
    endpoint: { method: 'POST', path: '/example/github/issues', group: 'Issues' },
    input: z.object({ owner: z.string(), repo: z.string(), title: z.string(), body: z.string().optional() }),
    output: z.object({ number: z.number(), url: z.string() }),
    scopes: ['public_repo'],
    exec: async (nango, input) => {
        const response = await nango.post<{ number: number; html_url: string }>({
            endpoint: `/repos/${input.owner}/${input.repo}/issues`,
            data: { title: input.title, body: input.body ?? '' },
            retries: 3
        });
        return { number: response.data.number, url: response.data.html_url };
    }
});
