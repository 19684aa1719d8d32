// English praise and complaint clauses, one bank per CX theme; the counterpart of themes-zh.ts with
// the same [tag,…] rules, written the way expat customers write rather than translated line by line.
import type { ThemeBank } from './compose-text.ts';

export const enThemes: ThemeBank = {
  waiting_time: {
    neg: [
      '[store] Waited {minutes} minutes in the lounge before anyone came to help.',
      "[store] My slot was at {hour}:00 and they didn't start until {minutes} minutes later.",
      '[repair] They said the service would take two hours; it took most of the day.',
      '[call_centre] Was on hold for {minutes} minutes, and then the line dropped.',
      '[wechat,app,website] The online chat took {minutes} minutes to reply.',
      '[roadside_assistance] They promised the tow truck in 30 minutes; it took {minutes}.',
      'Far too much waiting, {minutes} minutes wasted in total.',
      'Every single step involves waiting. So inefficient.',
    ],
    pos: [
      '[store] Someone greeted us the moment we walked in, no waiting at all.',
      '[call_centre] Got through to the hotline in under a minute.',
      '[wechat,app,website] Chat replies were almost instant.',
      'The whole thing took {fewminutes} minutes, very efficient.',
      '[repair,roadside_assistance] It was done earlier than they estimated.',
    ],
  },
  staff_attitude: {
    neg: [
      '[test_drive,contract_signing,delivery] The sales staff were cold and barely answered our questions.',
      '[store] {staff} was on their phone the whole time and clearly not interested in us.',
      '[call_centre] The agent sounded impatient and tried to end the call after two minutes.',
      '[test_drive,contract_signing] Staff made us feel like we couldn’t afford the car.',
      'Had to ask several times before anyone paid attention. Poor service attitude.',
    ],
    pos: [
      '[store] {staff} was friendly and really patient with all our questions.',
      '[store] The staff were lovely from start to finish.',
      '[call_centre,wechat] The agent was polite and patient.',
      '[store] Very thoughtful service, they even had a little gift for our kid.',
      '[test_drive,contract_signing] {staff} was genuine and never pushy, which I really appreciated.',
    ],
  },
  staff_competence: {
    neg: [
      "[test_drive,contract_signing,delivery] Asked a few questions about range and {staff} couldn't answer any of them.",
      "[test_drive,contract_signing] The salesperson didn't know the trims and contradicted what the website says.",
      "[repair] The technician looked at it for an hour, couldn't find anything and told me to 'keep an eye on it'.",
      'Asked {n} different people the same question and got {n} different answers.',
      "[call_centre,wechat] The agent just read from a script and couldn't actually solve anything.",
    ],
    pos: [
      '[test_drive,contract_signing,delivery] {staff} really knew the {model} inside out, battery, motors, everything.',
      '[repair] The technician found the problem quickly and checked the {part} while he was at it.',
      'Every question got a clear, knowledgeable answer.',
      '[test_drive,contract_signing] Our advisor compared the trims for us and gave honest advice.',
    ],
  },
  transfer_reexplain: {
    neg: [
      '[call_centre] Got transferred {n} times and had to repeat my story every time.',
      'New agent, start from scratch again. Exhausting.',
      'Every contact is a different person and nothing I said before is on record.',
      'Passed from one department to another and nobody could give me an answer.',
    ],
    pos: ['One agent handled it from start to finish, no need to repeat myself.', 'When I was transferred, the next person already knew the whole story. Great.'],
  },
  no_human: {
    neg: [
      "[app,website,wechat] The chat is just a bot and there's no way to reach a human.",
      '[call_centre] Endless phone menu, pressed every option and never reached a person.',
      '[app,website,wechat,call_centre] The chatbot answers questions I never asked. Why is it so hard to talk to a real person?',
      '[app,website,wechat] The bot kept giving me the same canned answer.',
    ],
    pos: ['[app,website,wechat,call_centre] Got a real person quickly and the issue was solved on the spot.', '[app,website,wechat] The assistant could look up my order straight away, handy.'],
  },
  price_fees: {
    neg: [
      '[purchase,repair,order] An extra {amount} service fee appeared at checkout that nobody mentioned before.',
      '[repair] The service quote was {amount}, much more than the price on the website.',
      '[purchase,configure_online,website_visit] The financing fees are not transparent; it cost me {amount} more than expected.',
      '[purchase] Registration fee, finance fee, handling fee… the final price was {amount} above the quote.',
      '[delivery,after_sales,brand] They cut the price by {amount} right after I took delivery, and nothing for existing owners.',
      '[accessories_shop] The shop charges a lot more than Taobao or JD for the same thing.',
    ],
    pos: [
      'Transparent pricing, no hidden extras.',
      '[discover,configure_online,test_drive,contract_signing,brand] Great value for money at this price point.',
      '[repair] The service was cheaper than I expected and the quote was clear.',
      '[test_drive,contract_signing] The store got me an extra {amount} discount without me even asking.',
      '[accessories_shop] Member prices are a good deal, cheaper than buying elsewhere.',
    ],
  },
  refund_return: {
    neg: [
      '[return,payment,checkout,complaint_handling] I requested a refund {days} days ago and still have not received it.',
      '[payment,contract_signing] Getting my {amount} deposit back has taken over a month of paperwork.',
      '[return] I have to ship the return myself and pay the postage.',
      "[return,payment] The refund date keeps slipping and every time I ask it's 'being processed'.",
    ],
    pos: ['[return,payment] Refund arrived in {fewdays} days, no fuss.', '[return] Easy return, the courier picked it up from my door.', '[payment,contract_signing] They refunded my deposit without any hassle.'],
  },
  delivery_delay: {
    neg: [
      '[delivery] Delivery was supposed to be on {date} and has now slipped by {days} days.',
      '[delivery] The delivery date keeps moving and nobody tells me why.',
      "[delivery] Been waiting {days} days for my car and all I hear is 'it's on the way'.",
      "[delivery] The delivery tracker in the app hasn't updated in weeks.",
      '[delivery] They blame logistics for a {days}-day delay and offer no compensation.',
      '[parcel_tracking] Ordered days ago, still not shipped, and the tracking never updates.',
      '[parcel_tracking] The {accessory} was supposed to arrive in two days; it took {days}.',
    ],
    pos: [
      '[delivery] Car arrived {fewdays} days earlier than promised, lovely surprise.',
      '[delivery] Delivery was right on time and the handover felt special.',
      '[delivery] {staff} walked us through every feature at handover.',
      '[parcel_tracking] Arrived the next day, nicely packed.',
    ],
  },
  product_quality: {
    neg: [
      '[after_sales,brand] Less than {km} km on the clock and the {part} has already failed.',
      '[delivery] Found scratches on the door at handover and the paint is uneven.',
      '[after_sales,brand] The infotainment freezes all the time and needs a restart.',
      '[after_sales,brand] Loud wind noise on the motorway, nothing like the test drive.',
      '[repair,brand] Rattling {part}, this is my {nth} visit for the same issue.',
      '[after_sales,brand] Winter range is about half of what was advertised.',
      '[test_drive] The seats in the test car felt hard and the back row is smaller than I expected.',
      '[discover] The range in the ad is wildly optimistic, clearly lab figures.',
      '[fulfilment] The {accessory} arrived damaged and feels cheaply made.',
    ],
    pos: [
      '[test_drive,delivery,after_sales,brand] The {model} drives beautifully and the cabin is really quiet.',
      '[after_sales,brand] Still getting around {range} km of range in winter, impressive.',
      '[test_drive,delivery,after_sales,brand] Build quality feels solid, great attention to detail.',
      '[test_drive,after_sales,brand] The driver assistance makes long trips so much easier.',
      '[test_drive,after_sales,brand] The infotainment is fast and the voice assistant is genuinely smart.',
      '[discover] The {model} looks stunning, love at first sight.',
      '[fulfilment] The {accessory} is good quality and fits the car perfectly.',
    ],
  },
  stock: {
    neg: [
      '[configure_online,test_drive,contract_signing] The colour I wanted is not in stock, {days} days wait.',
      '[test_drive] They had no {model} available for a test drive. Wasted trip.',
      '[repair,service_appointment] The {part} is out of stock, {days} days until it arrives.',
      '[browse,order] The {accessory} has been "out of stock" in the shop for weeks.',
      "[store_pickup] Only when I got there did they tell me the {accessory} hadn't arrived.",
    ],
    pos: ['[configure_online,test_drive,contract_signing] They had the car in stock and we signed the same day.', '[repair] Parts were in stock and fixed the same day.', '[accessories_shop] The {accessory} was in stock and I had it the next day.'],
  },
  membership_account: {
    neg: [
      'My membership points suddenly disappeared and nobody can explain why.',
      "[app] The app keeps saying my account is abnormal, and since I changed my number I can't log back in.",
      '[after_sales,delivery,brand,accessories_shop] The free charging that came with the owner benefits never showed up.',
      'My membership tier is not what the website promised, fewer benefits too.',
    ],
    pos: [
      '[accessories_shop,repair] Being able to pay with membership points is a nice touch.',
      '[after_sales,delivery,brand] Great owner perks, the free charging is genuinely useful.',
      '[brand,wechat_article,after_sales] The members’ day event was well organised, family welcome too.',
    ],
  },
  payment: {
    neg: [
      "[app] Payment kept failing with 'system busy', tried {n} times.",
      '[payment,order] Payment went through, money gone, but the order still says unpaid.',
      '[payment,contract_signing] Paid a {amount} deposit and there is no record of it in the system.',
      '[payment,contract_signing] The loan approval took {days} days and delayed my delivery.',
      '[payment,contract_signing] They do not accept credit cards for the final payment, bank transfer only. Annoying.',
      '[order] The coupon never works, checkout keeps saying I do not qualify.',
    ],
    pos: [
      '[payment] Paying the deposit in the app took seconds.',
      '[payment,order] Smooth payment and the invoice came quickly.',
      '[payment,contract_signing] Good financing options, approved within a day.',
      '[order] Paying with points plus cash was easy.',
    ],
  },
  usability: {
    neg: [
      '[app_configurator] The app keeps crashing halfway through configuring the car.',
      '[app] The app keeps crashing for no reason.',
      '[online_configurator] The configurator on the website is painfully slow to load.',
      '[website] The website is so slow, images take forever to load.',
      "[test_drive_booking,website_visit] Couldn't find where to book anything.",
      '[wechat_article,complaint_handling] The WeChat menu is a maze, I could not even find my service history.',
      '[mini_program_browse] The mini program shop is a mess and search is useless.',
      '[app,website,wechat] Way too many steps, the design is not user-friendly at all.',
    ],
    pos: [
      '[configure_online] The configurator is intuitive and the 3D view is fantastic.',
      '[app] The app is smooth, booking and paying all in one place.',
      '[wechat_article] Booking a service straight from WeChat is really convenient.',
      '[app,website,wechat] Clear layout, found what I needed straight away.',
      '[app,website,wechat] Simple to use, done in {fewminutes} minutes.',
    ],
  },
  communication: {
    neg: [
      'Nobody ever updates me proactively, I always have to chase.',
      'They promised to call back; {days} days later, still nothing.',
      'Different people tell me different things, I do not know who to believe.',
      "[test_drive_booking,service_appointment,delivery,repair] The time in the SMS didn't match the actual appointment.",
    ],
    pos: [
      '[delivery,repair,refund,parcel_tracking,payment,complaint_handling] They kept me updated at every step, very reassuring.',
      '{staff} said they would call back and did, the very next morning.',
      'Great communication, always someone to answer my questions.',
    ],
  },
  rigid_policy: {
    neg: [
      '[payment,contract_signing,return,refund] One day past the cancellation window and they flatly refuse to refund.',
      "'Rules are rules', zero flexibility.",
      "[test_drive,test_drive_booking] They insisted on the original driving licence, a photo wasn't good enough. Wasted trip.",
      "[after_sales] The warranty terms are so strict; it's clearly a defect but they say it's not covered.",
      '[after_sales] They insist I go back to the store where I bought the car; no other store will help.',
    ],
    pos: ['[store] We were past the deadline but the store still made an exception for us.', '[after_sales,return] Flexible policy, I could sort it out at a store in another city.'],
  },
};

export const enPaymentOutage = [
  "Payment in the app keeps failing with 'system busy, please try again later'.",
  'Tried to pay in the app: money left my account but the order still says unpaid!',
  'App payments are down today and the hotline is jammed too.',
  "Payment failed {n} times in a row. My bank shows the charge, the app doesn't.",
  'The payment page just spins forever, and after a refresh my order was gone.',
  'Paid again after the failure and got charged twice, {amount} still not refunded.',
];

export const enDeliveryBacklog = [
  "Delivery was due on {date}; now they say transport is delayed and it'll be another {days} days.",
  "The delivery centre says this whole batch is delayed and can't give me a date.",
  "Lots of owners in the group chat report delivery delays and there's no official word.",
  'Deposit paid, car allocated, and delivery keeps slipping without a firm date.',
];
