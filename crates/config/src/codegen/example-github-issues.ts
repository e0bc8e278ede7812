import type { NangoSync, GithubIssue } from '../../models';

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
    user: { login: string; id: number } | null;
    created_at: string;
    updated_at: string;
    pull_request?: unknown;
}

/**
 * Saves the issues of every repository the connected GitHub user can see.
 *
 * A full sync: each run fetches everything again (see `sync_type` in nango.yaml). GitHub paginates
 * with `Link` headers, which `nango.paginate` follows until the last page; Nango adds the
 * connection's OAuth token to every request.
 */
export default async function fetchData(nango: NangoSync): Promise<void> {
    let repoCount = 0;
    let issueCount = 0;

    for await (const repos of nango.paginate<GithubRepo>({
        endpoint: '/user/repos',
        params: { sort: 'updated' },
        paginate: { type: 'link', link_rel_in_response_header: 'next', limit_name_in_request: 'per_page', limit: 50 },
        retries: 3
    })) {
        for (const repo of repos) {
            repoCount += 1;
            for await (const issues of nango.paginate<GithubApiIssue>({
                endpoint: `/repos/${repo.owner.login}/${repo.name}/issues`,
                params: { state: 'all' },
                paginate: { type: 'link', link_rel_in_response_header: 'next', limit_name_in_request: 'per_page', limit: 100 },
                retries: 3
            })) {
                // The issues endpoint also lists pull requests; keep the issues only.
                const records = issues.filter((issue) => issue.pull_request === undefined).map((issue) => toGithubIssue(repo, issue));
                if (records.length > 0) {
                    await nango.batchSave(records, 'GithubIssue');
                    issueCount += records.length;
                }
            }
        }
    }

    await nango.log(`Saved ${issueCount} issues from ${repoCount} repositories`, { level: 'info' });
}

function toGithubIssue(repo: GithubRepo, issue: GithubApiIssue): GithubIssue {
    return {
        id: issue.id,
        owner: repo.owner.login,
        repo: repo.name,
        issue_number: issue.number,
        title: issue.title,
        author: issue.user?.login ?? 'unknown',
        author_id: issue.user ? String(issue.user.id) : '',
        state: issue.state,
        date_created: new Date(issue.created_at),
        date_last_modified: new Date(issue.updated_at)
    };
}
