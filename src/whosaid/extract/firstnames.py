"""Common given names by the gender they most often go with: evidence for resolving he and she.

A word list, not a rule: a name here only votes, and honorifics and role words outvote it.
"""

FEMALE = frozenset("""
abby abigail ada addison adele adriana agnes aileen aimee alana alexa alexandra alexandria alexis
alice alicia alison allison alma alyssa amanda amber amelia amy ana andrea angela angelica angelina
angie anita ann anna annabel anne annette annie antoinette april ariana arianna ashley audrey autumn
ava barbara beatrice becky belinda bella bernadette beth bethany betsy betty beverly bianca bonnie
brenda brianna bridget brittany brooke caitlin camila candace cara carly carla carmen carol caroline
carolyn carrie cassandra catherine cathy cecilia celeste celia charlene charlotte chelsea cheryl
chloe christina christine cindy claire clara clare claudia colleen condoleezza connie courtney
crystal cynthia daisy dana danielle daphne darlene dawn debbie deborah debra deirdre delia denise
diana diane dianne dolores donna dora doris dorothy edith eileen elaine eleanor elena elisa elise
eliza elizabeth ella ellen eloise elsa emily emma erica erika erin esther ethel eva evelyn faith
felicia fiona florence frances francesca gabriela gabrielle gail georgia geraldine gillian gina
ginger gladys gloria grace gretchen gwen gwendolyn gwyneth hailey haley hannah harriet hazel heather
heidi helen helena hilary hilarie hillary holly hope huma ida ilhan imogen ingrid irene iris isabel
isabella ivanka ivy jackie jacqueline jacqui jade jamie jan jane janet janice janine jasmine jean
jeanette jeanne jeannie jenna jennifer jenny jessica jill jillian joan joann joanna joanne jocelyn
jodi jody josephine joy joyce judith judy julia julie juliet june kaitlyn kamala kara karen kari
karina kate katherine kathleen kathryn kathy katie katrina kay kayla kayleigh kelly kellyanne kendra
kerry kim kimberly kirsten krista kristen kristin kristina kyla laura lauren laurie leah leila lena
leslie lila lillian lily linda lindsay lindsey lisa liz liza lois loretta lori lorraine louise lucia
lucy lydia lynn lynne mabel madeleine madeline madison maggie maisie mandy mara marcia margaret
margarita margo maria mariah marian marianne marie marilyn marina marion marjorie marla marsha martha
mary maureen maxine maya megan meghan melanie melania melinda melissa meredith meryl mia michele
michelle mildred mindy miranda miriam misty molly monica monique nadia nancy naomi natalia natalie
natasha nellie nicola nicole nikki nina nora norma olga olive olivia paige pamela patricia patsy
patty paula pauline pearl peggy penelope penny phoebe phyllis pippa polly priscilla priti rachel
rebecca regina renee rhonda rita roberta robin rochelle rosa rosalind rose rosemary roxanne ruby ruth
sabrina sally samantha sandra sara sarah savannah selena serena shannon sharon sheila shelby shelley
sheryl shirley sienna simone sofia sonia sophia sophie stacey stacy stella stephanie sue susan
susana suzanne sylvia tamara tammy tanya tara taylor teresa terri tessa theresa tiffany tina toni
tracey tracy tricia trisha tulsi valerie vanessa vera veronica vicki vickie victoria viola violet
virginia vivian wanda wendy whitney wilma yolanda yvette yvonne zoe zoey angelique marine theresa
nicolette giorgia ursula annegret ségolène segolene jacinda benazir indira golda aung hillary
""".split())

MALE = frozenset("""
aaron abdul abraham adam adrian ahmed al alan albert alberto alejandro alex alexander alexei alfred
ali allen alvin amir andre andrew andy angelo anthony antonio archie arnold arthur austin barack barry
ben benjamin bernard bernie bill billy bob bobby boris brad bradley brandon brendan brent brett brian
bruce bryan byron calvin cameron carl carlos cecil cedric chad charles charlie chester chris
christian christopher chuck clarence claude clay clayton clifford clint clyde cody colin
corey cory craig curtis dale dan daniel danny darrell darren dave david dean dennis derek devin dick
dirk dmitry dominic don donald doug douglas duane duncan dustin dwayne dwight earl ed eddie edgar
edmund eduardo edward edwin eli elijah elliot elliott emanuel emmanuel enrique eric erik ernest ernie
ethan eugene evan felix fernando floyd francis francisco frank franklin fred freddie frederick gabe
gabriel gareth gary gavin gene geoff geoffrey george gerald gerard gilbert glen glenn gordon graham
grant greg gregory guy hal hank harold harry harvey hector henry herbert herman howard hugh hugo ian
igor isaac ivan jack jacob jake jamal james jared jason javier jay jean-claude jeb jeff
jeffrey jeremy jerome jerry jesse jim jimmy joaquin joe joel joey john johnny jon jonathan jorge jose
joseph josh joshua juan julian julio justin karl keith ken kenneth kevin kirk kurt kyle lamar lance
larry lawrence lee leo leon leonard leroy leslie lester lewis lindsey lloyd logan lonnie
louis lucas luis luke malcolm manuel marc marco marcus mario mark marshall martin marvin matt matthew
maurice max melvin michael miguel mike milton mitch mitchell mitt mohamed mohammad mohammed morgan
moses muhammad nathan nathaniel neil nelson newt nicholas nick nigel noah noel norman oliver omar
orrin oscar otis owen pablo patrick paul pedro percy pete peter phil philip phillip pierre preston
quentin rafael ralph ramon rand randall randy raul ray raymond reggie reince reginald rex ricardo
richard rick ricky rob robby robert roberto rod rodney roger roland roman ron ronald ronnie ross roy
ruben rudolph rudy rupert russell ryan sam samuel saul scott sean sebastian sergei sergio seth shane
shaun shawn sherrod sidney simon stanley stefan stephen steve steven stewart stuart sylvester ted
terrence terry theodore thomas tim timothy toby todd tom tommy tony travis trent trevor troy tyler
vernon victor vince vincent vladimir wade walter warren wayne wendell wesley will william willie
xavier zach zachary rahm reza hassan hosni bashar benjamin bibi recep tayyip narendra shinzo
xi emmanuel françois francois nicolas jacques angela_not silvio matteo pedro justin stephen jeremy
keir rishi kwasi sajid jacob nicola_not boris theresa_not donald vladimir recep
""".split()) - {"angela_not", "nicola_not", "theresa_not"}
