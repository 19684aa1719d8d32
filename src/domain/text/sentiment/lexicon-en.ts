// English sentiment lexicon and cue words, written from general knowledge of English and of
// customer service (complaint vocabulary: delays, cancellations, being on hold, lost items), not
// learned from or checked against any evaluation file. Weights: ±1 mild, ±2 clear, ±3 strong.
// Words are lower case; "_" joins multi-word entries (matched as consecutive tokens).

import { parseWeightedList, withInflections, wordSet } from './lexicon-format.ts';

export const EN_LEXICON = withInflections(parseWeightedList(`
3: excellent outstanding superb amazing awesome fantastic wonderful perfect perfectly phenomenal incredible
3: brilliant exceptional flawless spectacular stellar delightful magnificent marvelous marvellous terrific
3: love loved loving lovely adore adored best impeccable heavenly divine exquisite
2: great good nice fine happy glad pleased satisfied enjoy enjoyed enjoyable fun friendly helpful kind polite
2: courteous attentive professional efficient quick fast prompt speedy smooth easy seamless reliable
2: comfortable clean fresh tasty delicious yummy beautiful pretty cool impressive impressed recommend
2: recommended worth thanks thank thankyou thx ty appreciate appreciated grateful gracious pleasant
2: superior favorite favourite favorites gem pleasure pleasantly reasonable affordable cheap bargain
2: solved resolved fixed sorted rocks rock kudos bravo congrats congratulations welcoming warm cozy
2: knowledgeable accommodating generous caring responsive convenient hassle-free painless sweet
2: smart elegant charming gorgeous stunning tender juicy crispy flavorful authentic wow yay
2: win winner winning praise praised success successful improved upgrade upgraded refunded
1: ok okay decent fair better well nicely like liked likes right correct safe ready ontime on-time
1: clear clearly easier faster quickly calm quiet solid sturdy handy useful works worked working
1: interesting enjoying excited exciting hope hopefully welcome free bonus fan support supported
1: patient understanding honest humble healthy spacious gentle
-1: slow slowly expensive pricey overpriced small tiny cold bland salty greasy oily wait waited waiting
-1: down long hour hours late later again still yet hold queue line lines problem problems issue issues
-1: confused confusing complicated difficult hard strange weird odd mediocre average meh ordinary
-1: noisy loud crowded cramped tight limited missing lacking lack lacks less fewer unfortunately
-1: sorry apology apologize apologies tired sigh hmm complain complaint complaints refund cancel
-1: charge charged fee fees extra bother bothered worry worried concern concerned nervous doubt
-2: bad poor poorly worse wrong broken damaged dirty rude unfriendly unhelpful unprofessional incompetent
-2: disappointed disappointing disappointment frustrated frustrating frustration annoyed annoying
-2: upset angry mad sad unhappy unsatisfied dissatisfied dislike hate hated hates horrible terrible
-2: awful useless failed fail fails failure lost delayed delay delays delayed cancelled canceled
-2: cancellation cancellations stranded stuck missed overbooked oversold ridiculous unacceptable
-2: ignored ignore ignoring nobody careless sloppy stale soggy burnt burned raw undercooked overcooked
-2: inedible tasteless gross nasty smelly stinks stink filthy unsanitary insult insulting rip-off
-2: ripoff scam overcharged overcharge refused refuse denied deny error errors bug buggy crash crashed
-2: crashes glitch glitches outage dead worthless waste wasted wasting lies lied lying liar
-2: problematic defective faulty mess messed screwed hassle nightmare painful pain sucks suck sucked
-2: shame shameful embarrassing incorrect inaccurate misleading unreliable unresponsive rudely
-2: hung disconnected unreachable nope fuming irritated irritating disgusted
3: must-have must_try highly_recommend five_stars 5_stars 10/10 a+ blown_away top-notch first-class world-class
3: wonderfully beautifully fantastically awesomely superbly amazingly excellently brilliantly
2: fabulous splendid glorious sublime remarkable extraordinary fascinating thrilled thrilling ecstatic
2: joy joyful cheerful fantastic happily satisfying satisfaction pleasing refreshing rewarding worthwhile
2: effective efficiently effortless intuitive user-friendly sleek stylish classy modern luxurious
2: tasty scrumptious delectable succulent savory flavorsome mouthwatering fluffy moist crisp hearty
2: friendliest nicest finest greatest coolest fastest easiest cleanest freshest
2: recommends recommending enjoys enjoying loves likes appreciates appreciative grateful thankful blessed
2: helped helping supportive respectful considerate thoughtful reassuring trustworthy dependable honest
2: sturdy durable well-made solidly handy compact crystal-clear loud_and_clear works_great works_well
2: fave awesomeness superstar hero heroes lifesaver rockstar champion legend legendary gem gems
2: happier happiest pleasure pleased delight delighted enjoyable lovely lovingly positively fortunately
2: improve improvement improving quickly promptly smoothly easily nicely properly safely kindly
2: 👍 😊 😀 😁 😃 😄 😍 🥰 😘 ❤ ❤️ 💕 💖 💯 🙌 👏 🎉 ☺ 🙂 :) :-) :d <3 :p :*
1: affordable value valuable bonus deal deals discount discounts upgrade free complimentary fun funny
1: recommend reasonable reasonably accurate adequate sufficient fine solid steady stable consistent
1: quiet peaceful relaxing relaxed cozy spacious roomy bright fresh warm hot juicy generous plenty
1: worth worthy better improved updated fixed resolved answered responded reply replied responsive
1: return_again come_back coming_back go_back will_return keep_it keeper 🙏 ✔ ✅
-1: return returned returning returns exchange refund refunds cancel cancels reschedule rebook
-1: :/ meh bleh boring bored dull plain average so-so ordinary unremarkable forgettable overrated pricey
-1: costly overpriced lukewarm watery dry dried chewy tough greasy oily fatty mushy overcooked soggy
-1: small smaller tiny cramped crowded noisy loud slowest slower wait waits waited queue queued
-1: unfortunately sadly unclear vague confusing confused lost lose losing missing missed mistake mistakes
-1: error glitchy laggy lag lagging freeze freezes froze frozen drops dropped dropping static echo
-1: cheaply flimsy thin weak weaker weakest dim fuzzy blurry grainy scratchy scratched scratch dent dented
-1: leak leaks leaked leaking stain stained smell smells odor stinky hard difficult tricky awkward
-2: junk garbage trash rubbish crap broke breaks breaking broken cracked shattered died dies dead defective
-2: worst_ever waste_of_money waste_of_time piece_of_junk piece_of_crap not_worth don't_bother do_not_buy
-2: disappoint disappoints disappointingly letdown let_down regret regrets regretted refund_please
-2: hate hates hating dislike disliked loathe despise annoy annoys bother bothers irritate irritates
-2: frustrate frustrates upsetting sucks sucked stinks stunk ruined ruin ruins spoiled spoil mediocre
-2: terrible terribly horribly awfully poorly badly rudely worse unpleasant uncomfortable unusable
-2: inadequate insufficient incomplete inconsistent inconvenient inconvenience unhappy unsatisfactory
-2: problem_with issue_with complain complained complaining complaint complaints grievance
-2: overcharged overcharging charged_twice double_charged hidden_fees fee_again ripped_off scammed
-2: hang_up hung_up on_hold put_on_hold no_answer no_response no_reply never_received never_arrived
-2: still_waiting keep_waiting kept_waiting no_one nobody_cares nobody_helps not_helpful wasted
-2: 👎 😡 😠 😤 😞 😢 😭 😩 😫 😖 😣 💔 :( :-( :'( 😔 😕 ☹
-3: worst horrible_experience never_again never_coming_back never_return never_fly never_use
-3: disgusted disgusting gross nauseating revolting vile rancid inedible unacceptable unprofessional
-3: 🤬 🤮 💩 🖕
-3: worst horrendous horrific atrocious appalling abysmal pathetic disgusting disgrace disgraceful
-3: furious livid outrageous outraged unbelievable fraud fraudulent criminal hell hellish despicable
-3: never_again avoid shitty crap crappy bullshit wtf
2: luv gr8 woohoo woot shoutout shout-out props lifesavers thankful thanx tysm
-1: smh boo pls_fix still_no
-2: ugh argh fml ffs grr epic_fail fail_again
`));

/** Flip the polarity of sentiment words that follow, until the clause ends. */
export const EN_NEGATORS = wordSet(`
not no never nothing nobody none nor neither without hardly barely scarcely cannot cant dont doesnt didnt
isnt wasnt arent werent wont wouldnt couldnt shouldnt havent hasnt hadnt aint
`);

export const EN_INTENSIFIERS = parseWeightedList(`
1.6: extremely incredibly absolutely totally completely utterly truly super insanely ridiculously beyond
1.6: terribly awfully exceptionally highly remarkably seriously so_much most
1.3: very really so too such quite especially particularly pretty definitely certainly ever
0.6: slightly somewhat bit little kinda kind_of sort_of fairly rather mildly barely almost
`);

export const EN_CONTRAST = wordSet(`but however yet nevertheless nonetheless unfortunately except`);
export const EN_CONCESSION = wordSet(`although though while whilst despite even_though`);
// English questions are recognised by "?" only: clause-initial "will"/"do" are too often
// statements ("Will definitely come back").
export const EN_QUESTION = new Set<string>();
export const EN_SARCASM = wordSet(`yeah_right thanks_for_nothing so_much_for just_great just_what great_job nice_job love_how love_that way_to 🙄 😒`);
