import { createSync } from 'nango';
import { z } from 'zod';

// What this sync saves: one record per GitHub issue (the `id` is what Nango keys records by).
const GithubIssue = z.object({
    id: z.string(),
    owner: z.string(),
    repo: z.string(),
    issue_number: z.number(),
    title: z.string(),
    author: z.string(),
    state: z.string(),
    date_created: z.string(),
    date_last_modified: z.string()
});

// The parts of GitHub's REST API responses this sync reads.
interface GithubRepo {
    name: string;
    owner: { login: string };
}

interface GithubApiIssue {
    id: number;
    number: number;
    title: string;
    state: string;
    user: { login: string } | null;
    created_at: string;
    updated_at: string;
    pull_request?: unknown;
}

/**
 * Saves the issues of every repository the connected GitHub user can see. Each run fetches
 * everything again; `trackDeletesStart`/`trackDeletesEnd` delete the records of issues that are
 * gone. GitHub paginates with `Link` headers, which `nango.paginate` follows.
 */
export default createSync({
    description: 'Saves the issues of every repository the connected GitHub user can see',
    version: '1.0.0',
    frequency: 'every half hour',
    autoStart: true,
    scopes: ['public_repo'],
    models: { GithubIssue },
    exec: async (nango) => {
        await nango.trackDeletesStart('GithubIssue');
        let issueCount = 0;
        for await (const repos of nango.paginate<GithubRepo>({
            endpoint: '/user/repos',
            params: { sort: 'updated' },
            paginate: { type: 'link', link_rel_in_response_header: 'next', limit_name_in_request: 'per_page', limit: 50 },
            retries: 3
        })) {
            for (const repo of repos) {
                for await (const issues of nango.paginate<GithubApiIssue>({
                    endpoint: `/repos/${repo.owner.login}/${repo.name}/issues`,
                    params: { state: 'all' },
                    paginate: { type: 'link', link_rel_in_response_header: 'next', limit_name_in_request: 'per_page', limit: 100 },
                    retries: 3
                })) {
                    // The issues endpoint also lists pull requests; keep the issues only.
                    const records = issues
                        .filter((issue) => issue.pull_request === undefined)
                        .map((issue) => ({
                            id: String(issue.id),
                            owner: repo.owner.login,
                            repo: repo.name,
                            issue_number: issue.number,
                            title: issue.title,
                            author: issue.user?.login ?? 'unknown',
                            state: issue.state,
                            date_created: issue.created_at,
                            date_last_modified: issue.updated_at
                        }));
                    if (records.length > 0) {
                        await nango.batchSave(records, 'GithubIssue');
                        issueCount += records.length;
                    }
                }
            }
        }
        await nango.trackDeletesEnd('GithubIssue');
        await nango.log(`Saved ${issueCount} issues`);
    }
});
