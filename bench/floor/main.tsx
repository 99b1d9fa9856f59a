// The floor page (bench/README.md, "Against the floor"): the app's first page written by hand,
// with React 19 and nothing else: no router, no query library, no i18n. It sends the request
// the app sends, signed by the app's own API module, as soon as its one script runs.
import { Suspense } from 'react'
import { createRoot } from 'react-dom/client'
import { describeCommunityImages, groupRequest } from '@/api/actions/describe-community-images'
import { createApiClient } from '@/api/client'
import { sandboxConfig } from '@/api/config'
import { parseSearch, toRequest } from '@/features/browse/browse-search'
import { FloorPage } from './floor-page'
import './floor.css'

const groupId = /^\/images\/([^/]+)$/.exec(location.pathname)?.[1]
const client = createApiClient(sandboxConfig)
const answer = describeCommunityImages(
  client,
  groupId
    ? groupRequest(decodeURIComponent(groupId))
    : toRequest(parseSearch(new URLSearchParams(location.search))),
)

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')
createRoot(root).render(
  <Suspense fallback={<p className="p-4">Loading…</p>}>
    <FloorPage answer={answer} group={groupId !== undefined} client={client} />
  </Suspense>,
)
