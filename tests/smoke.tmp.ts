import { createClassifier, classifyPost } from '../src/classify.js';
import { readLexiconSource, readPlatformsFile, DEFAULT_PLATFORMS_FILE } from '../src/io/lexicon-files.js';
import { writeSegmenterDictionary } from '../src/io/segmenter-dictionary.js';
const c = createClassifier({ lexicon: readLexiconSource('/work/main/tests/fixtures/lexicon'), platforms: readPlatformsFile(DEFAULT_PLATFORMS_FILE), segmenterFor: writeSegmenterDictionary });
for (const t of ['高才通續簽好難啊，寬進嚴出😭', '提高才能是關鍵', '香港高才通續簽不困難', 'ＴＴＰＳ 審批快，擴大名單 利好', '這些「人才」真利好']) {
  console.log(JSON.stringify(classifyPost(c, { id: 'x', text: t, platform: '小紅書' })));
}
